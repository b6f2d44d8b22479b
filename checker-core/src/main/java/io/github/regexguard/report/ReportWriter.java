package io.github.regexguard.report;

import io.github.regexguard.AnalysisResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes report files atomically: to a temporary file in the same directory, then moved into place. */
public final class ReportWriter {

  private ReportWriter() {}

  public static Path write(Reporter reporter, AnalysisResult result, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path target = directory.resolve(reporter.fileName());
    Path temp = Files.createTempFile(directory, "." + reporter.fileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        reporter.write(result, out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }
}
