package io.github.regexguard.engine;

import java.nio.file.Path;

/** Paths as reports show them: relative to the base directory, with {@code /} separators. */
public final class PathNames {

  private PathNames() {}

  public static String relative(Path base, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(base) ? base.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }
}
