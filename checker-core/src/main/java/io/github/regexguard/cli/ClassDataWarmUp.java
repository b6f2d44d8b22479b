package io.github.regexguard.cli;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.report.Reporter;
import io.github.regexguard.report.Reporters;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the whole pipeline once on a built-in sample before the real work. The launcher asks for it
 * ({@code -Dregexguard.warmUp=true}) on the run that writes the class-data-sharing archive, so that
 * the archive holds the classes a scan loads even when that first run is {@code --version} or
 * finds no Java file.
 */
final class ClassDataWarmUp {

  static final String PROPERTY = "regexguard.warmUp";

  private ClassDataWarmUp() {}

  static void runIfAsked() {
    if (!Boolean.getBoolean(PROPERTY)) {
      return;
    }
    Path dir = null;
    try (InputStream sample = ClassDataWarmUp.class.getResourceAsStream("WarmUp.java.txt")) {
      if (sample == null) {
        return;
      }
      dir = Files.createTempDirectory("regexguard-warm-up");
      Files.write(dir.resolve("WarmUp.java"), sample.readAllBytes());
      AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder(dir).threads(1).build());
      for (Reporter reporter : Reporters.all()) {
        reporter.write(result, Writer.nullWriter());
      }
    } catch (IOException | RuntimeException e) {
      // A warm-up that fails only leaves a smaller archive.
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try {
      Files.deleteIfExists(dir.resolve("WarmUp.java"));
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // left in the temporary directory
    }
  }
}
