package io.github.regexguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private static final String SIGN_IN = """
      package com.acme;

      import com.mongodb.client.MongoCollection;
      import com.mongodb.client.model.Filters;
      import java.util.regex.Pattern;
      import org.bson.Document;

      class SignIn {
        Document find(MongoCollection<Document> users, String email) {
          return users.find(Filters.regex("email", "^" + Pattern.quote(email) + "$", "i")).first();
        }
      }
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void writeSources() throws IOException {
    Files.createDirectories(dir.resolve("src/main/java/com/acme"));
    Files.writeString(dir.resolve("src/main/java/com/acme/SignIn.java"), SIGN_IN);
  }

  @Test
  void findingAtTheThresholdExitsOneWithACompilerStyleLine() {
    int code = run("src");
    assertEquals(Main.FINDINGS, code);
    assertTrue(stdout().contains("src/main/java/com/acme/SignIn.java:10:31: error: [CaseInsensitiveEquality]"), stdout());
    assertTrue(stdout().contains("rewrite: Filters.eq(\"email\", email.toLowerCase(Locale.ROOT))"), stdout());
  }

  @Test
  void failOnNeverExitsZero() {
    assertEquals(Main.OK, run("--fail-on", "never", "src"));
  }

  @Test
  void quietPrintsNothing() {
    assertEquals(Main.FINDINGS, run("--quiet", "src"));
    assertEquals("", stdout());
  }

  @Test
  void cleanTreeExitsZero() throws IOException {
    Files.writeString(dir.resolve("src/main/java/com/acme/SignIn.java"),
        SIGN_IN.replace("Filters.regex(\"email\", \"^\" + Pattern.quote(email) + \"$\", \"i\")", "Filters.eq(\"email\", email)"));
    assertEquals(Main.OK, run("src"));
    assertTrue(stdout().contains("0 errors"), stdout());
  }

  @Test
  void sarifReportIsWrittenToTheOutputDirectory() {
    run("--format", "text,sarif", "--output-dir", "out", "src");
    assertTrue(Files.isRegularFile(dir.resolve("out/regexguard.sarif")));
  }

  @Test
  void unknownOptionIsAUsageErrorOnOneLine() {
    assertEquals(Main.USAGE, run("--frobnicate"));
    assertEquals("regexguard: unknown option --frobnicate (see --help)", stderr().strip());
  }

  @Test
  void missingPathIsAUsageError() {
    assertEquals(Main.USAGE, run("no/such/dir"));
    assertEquals("regexguard: no such file or directory: no/such/dir", stderr().strip());
  }

  @Test
  void badFailOnValueIsAUsageError() {
    assertEquals(Main.USAGE, run("--fail-on", "sometimes", "src"));
    assertTrue(stderr().startsWith("regexguard: --fail-on must be"), stderr());
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertEquals(Main.USAGE, run("--format", "pdf", "src"));
    assertEquals(1, stderr().strip().lines().count());
  }

  @Test
  void identityFieldsOptionRaisesACustomField() throws IOException {
    Files.writeString(dir.resolve("src/main/java/com/acme/SignIn.java"), SIGN_IN.replace("\"email\"", "\"memberCode\""));
    assertEquals(Main.OK, run("src"));
    assertTrue(stdout().contains("note: [CaseInsensitiveEquality]"), stdout());
    out.reset();
    assertEquals(Main.FINDINGS, run("--identity-fields", "memberCode", "src"));
    assertTrue(stdout().contains("error: [CaseInsensitiveEquality]"), stdout());
  }

  @Test
  void unparseableFileIsReportedAndDoesNotChangeTheExitCode() throws IOException {
    Files.writeString(dir.resolve("src/main/java/com/acme/Broken.java"),
        "package com.acme;\nimport com.mongodb.client.model.Filters;\nclass Broken { void x( { }\n");
    int code = run("--fail-on", "never", "src");
    assertEquals(Main.OK, code);
    assertTrue(stdout().contains("src/main/java/com/acme/Broken.java:3: error: [ProcessingError] syntax error"), stdout());
    assertTrue(stdout().contains("[CaseInsensitiveEquality]"), "the good file is still analysed");
    assertTrue(stderr().contains("regexguard: src/main/java/com/acme/Broken.java:3: syntax error"), stderr());
    assertFalse(stderr().contains("\tat "), "no stack trace");
  }

  @Test
  void testSourcesAreSkippedUnlessAsked() throws IOException {
    Files.createDirectories(dir.resolve("src/test/java/com/acme"));
    Files.move(dir.resolve("src/main/java/com/acme/SignIn.java"), dir.resolve("src/test/java/com/acme/SignIn.java"));
    assertEquals(Main.OK, run("src"));
    assertEquals(Main.FINDINGS, run("--include-tests", "src"));
  }

  @Test
  void versionAndHelp() {
    assertEquals(Main.OK, run("--version"));
    assertTrue(stdout().startsWith("regexguard "), stdout());
    out.reset();
    assertEquals(Main.OK, run("--help"));
    assertTrue(stdout().contains("--fail-on LEVEL"), stdout());
  }

  private int run(String... args) {
    return new Main(print(out), print(err), dir).run(args);
  }

  private static PrintStream print(ByteArrayOutputStream stream) {
    return new PrintStream(stream, true, StandardCharsets.UTF_8);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
