package io.github.regexguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's report files, baseline options and exit codes. */
class ReportOptionsTest {

  @TempDir
  Path dir;

  @Test
  void writesEachFormatUnderItsDesignName() throws IOException {
    write("Dao", GitModesTest.BAD);
    CommandLine run = CommandLine.run(dir, "--quiet", "--format", "text,sarif,json,html,markdown", "--output-dir", "out");
    assertEquals(Main.FINDINGS, run.exitCode());
    assertEquals("", run.out(), "--quiet");
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertEquals(Set.of("regexguard.sarif", "regexguard.json", "regexguard.html", "regexguard.md"),
          files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
    }
    assertTrue(Files.readString(dir.resolve("out/regexguard.md")).startsWith("### regexguard: 1 error, "));
  }

  @Test
  void aWrittenBaselineHidesTodaysFindingsButNotTomorrows() throws IOException {
    write("Dao", GitModesTest.BAD);
    CommandLine written = CommandLine.run(dir, "--write-baseline", "regexguard-baseline.json");
    assertEquals(Main.OK, written.exitCode(), "writing a baseline accepts the findings");
    assertTrue(written.err().contains("wrote 1 finding to the baseline"), written.err());

    CommandLine clean = CommandLine.run(dir, "--baseline", "regexguard-baseline.json");
    assertEquals(Main.OK, clean.exitCode(), clean.out());
    assertTrue(clean.out().contains("0 errors, 0 warnings, 0 notes (1 baselined)"), clean.out());

    write("Other", GitModesTest.BAD);
    Files.delete(dir.resolve("src/main/java/com/acme/Dao.java"));
    CommandLine fresh = CommandLine.run(dir, "--baseline", "regexguard-baseline.json");
    assertEquals(Main.FINDINGS, fresh.exitCode());
    assertTrue(fresh.out().contains("Other.java:12:"));
    assertTrue(fresh.out().contains("src/main/java/com/acme/Dao.java: note: [UnmatchedBaselineEntry]"), fresh.out());
  }

  @Test
  void badOptionsAreOneLineUsageErrors() throws IOException {
    CommandLine missing = CommandLine.run(dir, "--baseline", "nope.json");
    assertEquals(Main.USAGE, missing.exitCode());
    assertTrue(missing.err().matches("regexguard: baseline .*nope\\.json does not exist\n"), missing.err());
    Files.writeString(dir.resolve("bad.json"), "[1,");
    assertEquals(Main.USAGE, CommandLine.run(dir, "--baseline", "bad.json").exitCode());
    CommandLine format = CommandLine.run(dir, "--format", "pdf");
    assertEquals(Main.USAGE, format.exitCode());
    assertEquals("regexguard: unknown format 'pdf' (expected text, sarif, json, html, markdown)\n", format.err());
  }

  private void write(String name, String template) throws IOException {
    Path file = dir.resolve("src/main/java/com/acme/" + name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, template.formatted(name));
  }
}
