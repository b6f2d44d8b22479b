package io.github.regexguard.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test-fixtures sources and the shared read-only material are. */
public final class Fixtures {

  private Fixtures() {}

  /** {@code test-fixtures/src/main/java}. */
  public static Path sources() {
    return existing(System.getProperty("regexguard.fixtures", "../test-fixtures/src/main/java"));
  }

  /** The project's root directory (the parent of test-fixtures). */
  public static Path projectRoot() {
    return sources().resolve("../../../..").normalize();
  }

  /** The shared design material beside the checkout. */
  public static Path shared() {
    return existing(System.getProperty("regexguard.shared", "../../shared"));
  }

  private static Path existing(String path) {
    Path p = Path.of(path).toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("missing directory " + p);
    }
    return p;
  }
}
