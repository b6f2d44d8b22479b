package io.github.regexguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is replaced whole or not at all: a reporter that fails halfway leaves no trace. */
class ReportWriterTest {

  @TempDir
  Path root;

  @Test
  void failingReporterLeavesNoPartialFileAndNoTemporaryFile() throws IOException {
    Path reports = root.resolve("reports");
    AnalysisResult result = emptyResult();

    assertThrows(IOException.class, () -> ReportWriter.write(new HalfWriting(new IOException("disk full")), result, reports));
    assertEquals(List.of(), list(reports));

    assertThrows(UncheckedIOException.class,
        () -> ReportWriter.write(new HalfWriting(new UncheckedIOException(new IOException("bug"))), result, reports));
    assertEquals(List.of(), list(reports));
  }

  @Test
  void failingReporterKeepsThePreviousReport() throws IOException {
    Path reports = Files.createDirectories(root.resolve("reports"));
    Files.writeString(reports.resolve("half.txt"), "previous complete report\n");

    assertThrows(IOException.class,
        () -> ReportWriter.write(new HalfWriting(new IOException("disk full")), emptyResult(), reports));
    assertEquals("previous complete report\n", Files.readString(reports.resolve("half.txt")));
    assertEquals(List.of("half.txt"), list(reports));
  }

  @Test
  void successfulReporterReplacesThePreviousReportAndCleansUp() throws IOException {
    Path reports = Files.createDirectories(root.resolve("reports"));
    Files.writeString(reports.resolve("regexguard.sarif"), "old");
    Path written = ReportWriter.write(new SarifReporter(), emptyResult(), reports);
    assertFalse(Files.readString(written).equals("old"));
    assertEquals(List.of("regexguard.sarif"), list(reports));
  }

  private AnalysisResult emptyResult() {
    return Analyzer.analyze(AnalysisRequest.builder(root).path(root).build());
  }

  private static List<String> list(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Writes part of a report, then fails. */
  private static final class HalfWriting implements Reporter {
    private final Exception failure;

    HalfWriting(Exception failure) {
      this.failure = failure;
    }

    @Override
    public String format() {
      return "half";
    }

    @Override
    public String fileName() {
      return "half.txt";
    }

    @Override
    public void write(AnalysisResult result, Writer out) throws IOException {
      out.write("the first half of a report that never ends".repeat(10_000));
      out.flush();
      if (failure instanceof IOException io) {
        throw io;
      }
      throw (RuntimeException) failure;
    }
  }
}
