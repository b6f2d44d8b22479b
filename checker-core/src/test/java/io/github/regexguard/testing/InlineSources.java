package io.github.regexguard.testing;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.Analyzer;
import io.github.regexguard.model.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Analyses Java sources given as text, for shapes whose library cannot be compiled into the fixtures. */
public final class InlineSources {

  private InlineSources() {}

  /** The findings on {@code source}, written as {@code src/main/java/<fileName>} under {@code directory}. */
  public static List<Finding> analyze(Path directory, String fileName, String source) {
    try {
      Path file = directory.resolve("src/main/java").resolve(fileName);
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Analyzer.analyze(AnalysisRequest.builder(directory).path(directory).build()).findings();
  }

  /** {@code line: level RuleId} for each finding, in report order. */
  public static List<String> summary(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.location().beginLine() + ": " + f.level().id() + " " + f.ruleId())
        .toList();
  }
}
