package io.github.regexguard.report;

import io.github.regexguard.AnalysisResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Writes report files atomically: to a temporary file in the same directory, then moved into place. */
public final class ReportWriter {

  /** Writes a file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private ReportWriter() {}

  public static Path write(Reporter reporter, AnalysisResult result, Path directory) throws IOException {
    return writeAtomically(directory.resolve(reporter.fileName()), out -> reporter.write(result, out));
  }

  /** Writes {@code target} (UTF-8) so that readers see either the old file or the whole new one. */
  public static Path writeAtomically(Path target, Content content) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      readableByAll(temp);
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

  /** Temporary files are private to their owner; a report is not. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
      permissions.add(PosixFilePermission.GROUP_READ);
      permissions.add(PosixFilePermission.OTHERS_READ);
      Files.setPosixFilePermissions(file, permissions);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: nothing to widen.
    }
  }
}
