package io.github.regexguard.robustness;

import static io.github.regexguard.testing.HostileSources.GOOD;
import static io.github.regexguard.testing.HostileSources.HEADER;
import static io.github.regexguard.testing.HostileSources.columnOf;
import static io.github.regexguard.testing.HostileSources.lineOf;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.testing.HostileSources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile input gives one processing error or a clean result, never an exception, and the
 * finding of the well-formed file beside it is still reported.
 */
class HostileInputTest {

  /** Generous, so that a loaded machine cannot turn an expected finding into a time-out. */
  private static final Duration PATIENT = Duration.ofMinutes(5);

  @TempDir
  Path root;

  @BeforeEach
  void writeGoodFile() throws IOException {
    Files.writeString(root.resolve("Good.java"), GOOD);
  }

  @Test
  void syntaxErrorIsOneErrorOnItsLine() throws IOException {
    String broken = HEADER + "class Broken {\n  void m( {\n    Filters.regex(\"email\", \"^a\", \"i\");\n  }\n}\n";
    write("Broken.java", broken);
    ProcessingError error = onlyError(scan(), "Broken.java");
    assertEquals(lineOf(broken, "void m("), error.line());
    assertTrue(error.message().startsWith("syntax error:"), error.message());
  }

  @Test
  void javaTwentyOneToTwentyFiveSyntaxIsAnalysed() throws IOException {
    List<String> sources = List.of(
        "record UserQuery(String email) {\n  Bson filter() {\n    return Filters.regex(\"email\", \"^\" + email + \"$\", \"i\"); // hit\n  }\n}\n",
        "sealed interface Shape permits Circle {}\nfinal class Circle implements Shape {\n  Bson q() { return Filters.regex(\"email\", \"^a\", \"i\"); } // hit\n}\n",
        "class PatternSwitch {\n  Bson q(Object o) {\n    return switch (o) {\n      case Integer i when i > 3 -> null;\n"
            + "      case String s -> Filters.regex(\"email\", \"^\" + s, \"i\"); // hit\n      default -> null;\n    };\n  }\n}\n",
        "class RecordPatterns {\n  record P(String a, String b) {}\n  Bson q(Object o) {\n"
            + "    if (o instanceof P(String a, var b)) {\n      return Filters.regex(\"email\", \"^\" + a, \"i\"); // hit\n    }\n    return null;\n  }\n}\n",
        "class Unnamed {\n  Bson q(Iterable<String> xs) {\n    for (String _ : xs) {\n      try {\n"
            + "        return Filters.regex(\"email\", \"^a\", \"i\"); // hit\n      } catch (RuntimeException _) {\n      }\n    }\n    return null;\n  }\n}\n",
        "class Flexible extends Base {\n  Flexible(String v) {\n    if (v == null) throw new IllegalArgumentException();\n"
            + "    Bson q = Filters.regex(\"email\", \"^a\", \"i\"); // hit\n    super(q);\n  }\n}\nclass Base { Base(Object q) {} }\n",
        "void main() {\n  Bson q = Filters.regex(\"email\", \"^a\", \"i\"); // hit\n}\n");
    for (int i = 0; i < sources.size(); i++) {
      write("Modern" + i + ".java", HEADER + sources.get(i));
    }
    String moduleImport = "import module java.base;\n" + HEADER
        + "class ModuleImport {\n  Bson q() { return Filters.regex(\"email\", \"^a\", \"i\"); } // hit\n}\n";
    write("ModuleImport.java", moduleImport);
    write("module-info.java", "// uses com.mongodb\nmodule com.acme.app {\n  requires org.mongodb.driver.sync.client;\n}\n");

    AnalysisResult result = scan();
    assertEquals(List.of(), result.errors());
    for (int i = 0; i < sources.size(); i++) {
      assertFinding(result, "Modern" + i + ".java", lineOf(HEADER + sources.get(i), "// hit"));
    }
    assertFinding(result, "ModuleImport.java", lineOf(moduleImport, "// hit"));
    assertGoodFindingStays(result);
  }

  @Test
  void withdrawnStringTemplatesAreOneErrorOnTheirLine() throws IOException {
    String templates = HEADER + "class Templates {\n  String s(String name) {\n    return STR.\"Hello \\{name}\";\n  }\n}\n";
    write("Templates.java", templates);
    ProcessingError error = onlyError(scan(), "Templates.java");
    assertEquals(lineOf(templates, "STR."), error.line());
  }

  @Test
  void invalidUtf8IsOneErrorOnItsLine() throws IOException {
    String text = HEADER + "class Latin {\n  // caf?\n  Bson q = Filters.regex(\"email\", \"^a\", \"i\");\n}\n";
    byte[] bytes = text.getBytes(UTF_8);
    bytes[text.indexOf('?')] = (byte) 0xC3;
    bytes[text.indexOf('?') + 1] = (byte) 0x28;
    Files.write(root.resolve("Latin.java"), bytes);
    ProcessingError error = onlyError(scan(), "Latin.java");
    assertEquals(lineOf(text, "caf?"), error.line());
    assertTrue(error.message().contains("not valid UTF-8"), error.message());
  }

  @Test
  void anotherSourceEncodingIsReadWhenConfiguredAndNamedWhenNot() throws IOException {
    String text = HEADER + "class Accents {\n  // Jos\u00e9's queries\n  Bson q = Filters.regex(\"email\", \"^jos\u00e9\", \"i\");\n}\n";
    Files.write(root.resolve("Accents.java"), text.getBytes(ISO_8859_1));

    AnalysisResult latin = scan(b -> b.encoding(ISO_8859_1));
    assertEquals(List.of(), latin.errors());
    assertFinding(latin, "Accents.java", lineOf(text, "Filters.regex"));
    assertTrue(latin.findings().stream().anyMatch(f -> f.message().contains("jos\u00e9")), where(latin));

    ProcessingError error = onlyError(scan(), "Accents.java");
    assertEquals(lineOf(text, "Jos\u00e9"), error.line());
    assertTrue(error.message().contains("not valid UTF-8") && error.message().contains("encoding"), error.message());
  }

  @Test
  void byteOrderMarkAndCrlfKeepLinesAndColumns() throws IOException {
    String text = HEADER + "class Windows {\n  Bson q =\n      Filters.regex(\"email\", \"^a\", \"i\");\n}\n";
    ByteArrayOutputStream bom = new ByteArrayOutputStream();
    bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bom.write(text.replace("\n", "\r\n").getBytes(UTF_8));
    Files.write(root.resolve("Windows.java"), bom.toByteArray());
    Files.writeString(root.resolve("OldMac.java"), text.replace("Windows", "OldMac").replace("\n", "\r"));

    AnalysisResult result = scan();
    assertEquals(List.of(), result.errors());
    for (String file : List.of("Windows.java", "OldMac.java")) {
      Finding finding = assertFinding(result, file, lineOf(text, "Filters.regex"));
      assertEquals(columnOf(text, "regex("), finding.location().beginColumn(), file);
    }
    assertEquals(lineCount(GOOD) + 2 * lineCount(text), result.statistics().lines(),
        "CRLF and lone CR end lines as the parser counts them");
  }

  @Test
  void emptyAndBlankFilesAreClean() throws IOException {
    write("Empty.java", "");
    write("Blank.java", "\n  \n\t\n");
    write("CommentOnly.java", "// mentions com.mongodb and org.bson but holds no code\n");
    write("PackageOnly.java", "package com.mongodb.acme;\n");
    AnalysisResult result = scan();
    assertEquals(List.of(), result.errors());
    assertEquals(1, result.findings().stream().map(Finding::path).distinct().count());
    assertGoodFindingStays(result);
  }

  @Test
  void binaryContentIsOneErrorPerFile() throws IOException {
    Files.write(root.resolve("Random.java"), HostileSources.binary(7, 4096));
    byte[] png = HostileSources.binary(8, 2048);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
    Files.write(root.resolve("Image.java"), png);
    Files.write(root.resolve("Utf16.java"), GOOD.replace("Good", "Utf16").getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

    AnalysisResult result = scan();
    assertEquals(List.of("Image.java", "Random.java", "Utf16.java"), result.errors().stream().map(ProcessingError::path).toList());
    result.errors().forEach(e -> assertTrue(e.message().contains("binary content"), e.message()));
    assertGoodFindingStays(result);
  }

  @Test
  void utf16SourceIsReadWithItsEncoding() throws IOException {
    Files.delete(root.resolve("Good.java"));
    Files.write(root.resolve("Good.java"), GOOD.getBytes(java.nio.charset.StandardCharsets.UTF_16));
    AnalysisResult result = scan(b -> b.encoding(java.nio.charset.StandardCharsets.UTF_16));
    assertEquals(List.of(), result.errors());
    assertGoodFindingStays(result);
  }

  @Test
  void tenMegabyteFileIsSkippedByTheSizeLimit() throws IOException {
    write("Large.java", HostileSources.largeFile(10L * 1024 * 1024));
    ProcessingError skipped = onlyError(scan(), "Large.java");
    assertEquals("skipped: " + Files.size(root.resolve("Large.java")) + " bytes is larger than the limit of 4194304",
        skipped.message());

    ProcessingError lowered = onlyError(scan(b -> b.maxFileBytes(1024 * 1024)), "Large.java");
    assertTrue(lowered.message().endsWith("larger than the limit of 1048576"), lowered.message());
  }

  @Test
  void largeFileUnderTheLimitIsAnalysedToTheEnd() throws IOException {
    String large = HostileSources.largeFile(1024 * 1024);
    write("Large.java", large);
    AnalysisResult result = scan(b -> b.fileTimeLimit(PATIENT));
    if (Runtime.getRuntime().maxMemory() / 2 >= 150L * large.length()) {
      assertEquals(List.of(), result.errors());
      assertFinding(result, "Large.java", lineOf(large, "Filters.regex"));
      assertGoodFindingStays(result);
    } else {
      ProcessingError tooLarge = onlyError(result, "Large.java");
      assertTrue(tooLarge.message().contains("too large to analyse in this heap"), tooLarge.message());
    }
  }

  @Test
  void twentyThousandDeepNestingIsAnalysed() throws IOException {
    int depth = 20_000;
    String parens = HostileSources.nestedParentheses(depth);
    String blocks = HostileSources.nestedBlocks(depth);
    String lambdas = HostileSources.nestedLambdas(depth);
    String chain = HostileSources.longCallChain(depth);
    String rightNested = HostileSources.rightNestedConcatenation(depth);
    String json = HostileSources.deepJsonFilter(depth);
    write("Parens.java", parens);
    write("Blocks.java", blocks);
    write("Lambdas.java", lambdas);
    write("Chain.java", chain);
    write("RightNested.java", rightNested);
    write("DeepJson.java", json);

    AnalysisResult result = scan(b -> b.fileTimeLimit(PATIENT));
    assertEquals(List.of(), result.errors());
    assertFinding(result, "Parens.java", lineOf(parens, "Filters.regex"));
    assertFinding(result, "Blocks.java", lineOf(blocks, "Filters.regex"));
    assertFinding(result, "Lambdas.java", lineOf(lambdas, "Filters.regex"));
    assertFinding(result, "Chain.java", lineOf(chain, "Filters.regex"));
    assertFinding(result, "RightNested.java", lineOf(rightNested, "Filters.regex"));
    assertFinding(result, "DeepJson.java", lineOf(json, "Document.parse"));
    assertGoodFindingStays(result);
  }

  @Test
  void sixtyThousandTermConcatenationIsFolded() throws IOException {
    String constant = HostileSources.longConcatenation(60_000, false);
    String dynamic = HostileSources.longConcatenation(60_000, true);
    write("Constant.java", constant);
    write("Dynamic.java", dynamic.replace("Concatenation", "Dynamic"));

    AnalysisResult result = scan(b -> b.fileTimeLimit(PATIENT));
    assertEquals(List.of(), result.errors());
    Finding prefix = assertFinding(result, "Constant.java", lineOf(constant, "Filters.regex"));
    assertEquals("CaseInsensitivePrefix", prefix.ruleId());
    assertTrue(prefix.message().contains("^ab"), "the literal terms are folded into one prefix");
    assertTrue(result.findings().stream().anyMatch(f -> f.path().equals("Dynamic.java") && f.ruleId().equals("UnquotedRegexInput")),
        where(result));
    assertGoodFindingStays(result);
  }

  @Test
  void unreadableFileAndDirectoryAreOneErrorEach() throws IOException {
    Path file = write("Secret.java", GOOD.replace("Good", "Secret"));
    Path dir = Files.createDirectory(root.resolve("locked"));
    Files.writeString(dir.resolve("Hidden.java"), GOOD.replace("Good", "Hidden"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(file) && canRead(file), "running with privileges that read any file");
      AnalysisResult result = scan();
      assertEquals(List.of("Secret.java", "locked"), result.errors().stream().map(ProcessingError::path).toList());
      result.errors().forEach(e -> assertTrue(e.message().equals("cannot read: permission denied"), e.message()));
      assertGoodFindingStays(result);
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void symbolicLinksAreNotFollowedByDefault() throws IOException {
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("Linked.java"), GOOD.replace("Good", "Linked"));
    Path inner = Files.createDirectories(root.resolve("inner"));
    Files.createSymbolicLink(inner.resolve("loop"), root);
    Files.createSymbolicLink(inner.resolve("self"), inner.resolve("self"));
    Files.createSymbolicLink(inner.resolve("Dangling.java"), inner.resolve("Missing.java"));
    Files.createSymbolicLink(inner.resolve("Linked.java"), elsewhere.resolve("Linked.java"));
    Files.createSymbolicLink(inner.resolve("elsewhere"), elsewhere);

    AnalysisResult result = scan(b -> b.path(inner));
    assertEquals(List.of(), result.errors());
    assertEquals(List.of(), result.findings(), "nothing behind a link is scanned");

    AnalysisResult all = scan();
    assertEquals(List.of(), all.errors());
    assertEquals(List.of("Good.java", "elsewhere/Linked.java"), all.findings().stream().map(Finding::path).distinct().toList());
  }

  @Test
  void followedLinksReportEachLoopOnce() throws IOException {
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("Linked.java"), GOOD.replace("Good", "Linked"));
    Path inner = Files.createDirectories(root.resolve("inner"));
    Files.writeString(inner.resolve("Inner.java"), GOOD.replace("Good", "Inner"));
    Files.createSymbolicLink(inner.resolve("loop"), inner);
    Files.createSymbolicLink(inner.resolve("ext"), elsewhere);

    AnalysisResult result = scan(b -> b.followLinks(true).path(inner));
    assertEquals(List.of(new ProcessingError("inner/loop", 0, "cannot read: symbolic-link loop, not followed")), result.errors());
    assertEquals(List.of("inner/Inner.java", "inner/ext/Linked.java"),
        result.findings().stream().map(Finding::path).distinct().toList());
  }

  @Test
  void linkGivenAsThePathIsFollowed() throws IOException {
    Path inner = Files.createDirectories(root.resolve("inner"));
    Files.writeString(inner.resolve("Inner.java"), GOOD.replace("Good", "Inner"));
    Path linkedRoot = Files.createSymbolicLink(root.resolve("link-to-inner"), inner);
    Path linkedFile = Files.createSymbolicLink(root.resolve("Link.java"), inner.resolve("Inner.java"));

    AnalysisResult result = scan(b -> b.path(linkedRoot).path(linkedFile));
    assertEquals(List.of(), result.errors());
    assertEquals(List.of("Link.java", "link-to-inner/Inner.java"), result.findings().stream().map(Finding::path).distinct().toList());
  }

  @Test
  void namedPipeAndDirectoryNamedLikeSourcesAreSkipped() throws IOException, InterruptedException {
    Files.createDirectories(root.resolve("Folder.java"));
    Path pipe = root.resolve("Pipe.java");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "mkfifo is available");
    AnalysisResult result = scan();
    assertEquals(List.of(), result.errors());
    assertGoodFindingStays(result);
  }

  @Test
  void hostileRegexTextIsScannedNotRun() throws IOException {
    String redos = HEADER + "class Redos {\n  Bson q =\n      Filters.regex(\"email\", \"^(a+)+$\" + \"(\".repeat(1) + \""
        + "(".repeat(20_000) + "x" + ")".repeat(20_000) + "\", \"i\");\n}\n";
    write("Redos.java", redos);
    AnalysisResult result = scan();
    assertEquals(List.of(), result.errors());
    assertFinding(result, "Redos.java", lineOf(redos, "Filters.regex"));
    assertGoodFindingStays(result);
  }

  /** JSqlParser backtracks exponentially on nested parentheses: a migration must not stall the index catalog. */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES) // guards against a hang; the assertions do not depend on time
  void deeplyNestedSqlInAMigrationDoesNotStallTheCatalog() throws IOException {
    Path migrations = Files.createDirectories(root.resolve("src/main/resources/db/migration"));
    Files.writeString(migrations.resolve("V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, score int DEFAULT "
        + "(".repeat(30) + "1" + ")".repeat(30) + ", email varchar(200));\nCREATE UNIQUE INDEX users_email ON users (email);\n");
    Path java = Files.createDirectories(root.resolve("src/main/java/app"));
    String dao = "package app;\n\nimport java.sql.Connection;\nimport java.sql.PreparedStatement;\n\nclass UserDao {\n"
        + "  PreparedStatement find(Connection c) throws java.sql.SQLException {\n"
        + "    return c.prepareStatement(\"SELECT id FROM users WHERE lower(email) = lower(?)\");\n  }\n}\n";
    Files.writeString(java.resolve("UserDao.java"), dao);

    AnalysisResult result = scan();
    assertEquals(List.of(), result.errors());
    assertFinding(result, "src/main/java/app/UserDao.java", lineOf(dao, "SELECT"));
    assertGoodFindingStays(result);
  }

  private AnalysisResult scan() {
    return scan(b -> b);
  }

  /** Scans {@code root} (or the paths the options name) with two threads. */
  private AnalysisResult scan(UnaryOperator<AnalysisRequest.Builder> options) {
    AnalysisResult result = Analyzer.analyze(options.apply(AnalysisRequest.builder(root).threads(2)).build());
    result.errors().forEach(e -> assertFalse(e.message().contains("internal error"), e.toString()));
    return result;
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(root.resolve(name), text);
  }

  private static boolean canRead(Path file) {
    try {
      Files.readAllBytes(file);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static long lineCount(String text) {
    return text.chars().filter(c -> c == '\n').count();
  }

  private static ProcessingError onlyError(AnalysisResult result, String path) {
    assertEquals(1, result.errors().size(), result.errors().toString());
    ProcessingError error = result.errors().get(0);
    assertEquals(path, error.path());
    assertGoodFindingStays(result);
    return error;
  }

  private static Finding assertFinding(AnalysisResult result, String path, int line) {
    return result.findings().stream()
        .filter(f -> f.path().equals(path) && f.location().beginLine() == line)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding at " + path + ":" + line + " among " + where(result)));
  }

  /** Findings and errors as {@code path:line rule}, short enough for a failure message. */
  private static String where(AnalysisResult result) {
    return result.findings().stream().map(f -> f.path() + ":" + f.location().beginLine() + " " + f.ruleId()).toList()
        + " errors " + result.errors();
  }

  static void assertGoodFindingStays(AnalysisResult result) {
    Finding good = assertFinding(result, "Good.java", lineOf(GOOD, "Filters.regex"));
    assertEquals("CaseInsensitiveEquality", good.ruleId());
  }
}
