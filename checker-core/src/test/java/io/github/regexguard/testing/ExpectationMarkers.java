package io.github.regexguard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads {@code // expect: <level> <RuleId>[; <level> <RuleId>...]} markers from the raw text of
 * fixture files (design §10).
 */
public final class ExpectationMarkers {

  private static final String MARKER = "// expect:";

  private ExpectationMarkers() {}

  /** Every marker under {@code root}, as {@code path:line: level RuleId} with paths relative to {@code base}. */
  public static Set<String> read(Path base, Path root) {
    Set<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String path = base.relativize(file).toString().replace('\\', '/');
        for (int i = 0; i < lines.size(); i++) {
          expected.addAll(markersOn(path, i + 1, lines.get(i)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }

  static List<String> markersOn(String path, int line, String text) {
    int at = text.lastIndexOf(MARKER);
    if (at < 0) {
      return List.of();
    }
    return Stream.of(text.substring(at + MARKER.length()).split(";"))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(s -> {
          String[] words = s.split("\\s+");
          if (words.length != 2) {
            throw new IllegalArgumentException(path + ":" + line + ": bad marker '" + s + "'");
          }
          return key(path, line, words[0], words[1]);
        })
        .toList();
  }

  public static String key(String path, int line, String level, String ruleId) {
    return path + ":" + line + ": " + level + " " + ruleId;
  }
}
