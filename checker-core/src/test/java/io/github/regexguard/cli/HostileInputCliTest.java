package io.github.regexguard.cli;

import static io.github.regexguard.testing.HostileSources.GOOD;
import static io.github.regexguard.testing.HostileSources.HEADER;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.testing.HostileSources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the command line, hostile files are one line each on stderr, never a stack trace, and do not
 * change the exit code (design §7).
 */
class HostileInputCliTest {

  @TempDir
  Path root;

  @BeforeEach
  void writeCorpus() throws IOException {
    Path hostile = Files.createDirectories(root.resolve("hostile"));
    Files.writeString(hostile.resolve("Broken.java"), HEADER + "class Broken {\n  void m( {\n}\n");
    Files.writeString(hostile.resolve("Templates.java"), HEADER + "class T {\n  String s = STR.\"\\{x}\";\n}\n");
    byte[] latin = (HEADER + "class Latin {\n  // caf\u00e9\n}\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(hostile.resolve("Latin.java"), latin);
    Files.write(hostile.resolve("Random.java"), HostileSources.binary(3, 1000));
    Files.writeString(hostile.resolve("Empty.java"), "");
    Files.writeString(hostile.resolve("Nested.java"), HostileSources.nestedParentheses(20_000).replace("^a", "a"));
    Files.writeString(hostile.resolve("Concatenation.java"), HostileSources.longConcatenation(60_000, false).replace("^a", "a"));
    Files.createSymbolicLink(hostile.resolve("loop"), root);
    Files.writeString(root.resolve("Good.java"), GOOD);
  }

  @Test
  void hostileFilesAreOneLineEachAndLeaveTheExitCodeAlone() {
    Run run = run("--file-timeout", "300", "--format", "sarif", ".");
    assertEquals(Main.FINDINGS, run.code(), run.err());
    assertTrue(run.out().contains("Good.java:" + HostileSources.lineOf(GOOD, "Filters.regex")), run.out());
    assertNoStackTrace(run);
    assertTrue(run.out().contains("Nested.java:"), "the deeply nested file is analysed: " + run.out());
    assertTrue(run.out().contains("Concatenation.java:"), "the long concatenation is analysed: " + run.out());
    for (String file : List.of("Broken.java", "Templates.java", "Latin.java", "Random.java")) {
      assertEquals(1, run.err().lines().filter(l -> l.startsWith("regexguard: hostile/" + file + ":")).count(), run.err());
    }
    assertEquals(4, run.err().lines().filter(l -> l.startsWith("regexguard: hostile/")).count(), run.err());
    assertTrue(Files.isRegularFile(root.resolve("regexguard-report/regexguard.sarif")));
  }

  @Test
  void processingErrorsAloneExitZero() {
    Run run = run("hostile/Broken.java", "hostile/Templates.java", "hostile/Latin.java", "hostile/Random.java",
        "hostile/Empty.java");
    assertEquals(Main.OK, run.code(), run.err());
    assertNoStackTrace(run);
    assertFalse(run.err().isBlank());
  }

  @Test
  void badLimitsAreUsageErrors() {
    for (List<String> args : List.of(List.of("--file-timeout", "0"), List.of("--max-file-size", "lots"),
        List.of("--encoding", "no-such-charset"))) {
      Run run = run(args.toArray(String[]::new));
      assertEquals(Main.USAGE, run.code(), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
    }
  }

  @Test
  void sizeLimitAndEncodingOptionsApply() {
    Run skipped = run("--max-file-size", "100", "Good.java");
    assertEquals(Main.OK, skipped.code(), skipped.err());
    assertTrue(skipped.err().contains("Good.java:1: skipped: "), skipped.err());

    Run latin = run("--encoding", "ISO-8859-1", "hostile/Latin.java");
    assertEquals(Main.OK, latin.code(), latin.err());
    assertEquals("", latin.err());
  }

  private static void assertNoStackTrace(Run run) {
    for (String stream : List.of(run.out(), run.err())) {
      assertFalse(stream.contains("\tat ") || stream.contains("Exception") || stream.contains("Error:"), stream);
    }
  }

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), root).run(args);
    return new Run(code, out.toString(UTF_8), err.toString(UTF_8));
  }

  private record Run(int code, String out, String err) {}
}
