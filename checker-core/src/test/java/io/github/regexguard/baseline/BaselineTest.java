package io.github.regexguard.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline hides today's findings through line moves and edits elsewhere, and nothing new. */
class BaselineTest {

  private static final String DAO = """
      package com.acme;

      import com.mongodb.client.MongoCollection;
      import com.mongodb.client.model.Filters;
      import java.util.regex.Pattern;
      import org.bson.Document;

      class Dao {
        MongoCollection<Document> users;

        Document signIn(String email) {
          return users.find(Filters.regex("email", "^" + Pattern.quote(email) + "$", "i")).first();
        }

        Document byPrefix(String prefix) {
          return users.find(Filters.regex("username", "^" + Pattern.quote(prefix), "i")).first();
        }
      }
      """;

  @TempDir
  Path project;

  @Test
  void writtenSortedWithoutLineNumbersAndReadBack() throws Exception {
    write(DAO);
    AnalysisResult result = analyse(null);
    Path file = Baseline.of(result.findings()).write(project.resolve("regexguard-baseline.json"));
    String json = Files.readString(file);
    assertTrue(json.contains("\"tool\" : \"regexguard\""), json);
    assertFalse(json.contains("line"), "no line numbers: " + json);
    Baseline read = Baseline.read(file);
    assertEquals(2, read.entries().size());
    List<BaselineEntry> reversed = new ArrayList<>(read.entries());
    Collections.reverse(reversed);
    assertEquals(read.entries(), new Baseline(reversed).entries(), "sorted");
  }

  @Test
  void survivesLineMovesReformattingAndUnrelatedEdits() throws IOException {
    write(DAO);
    Baseline baseline = Baseline.of(analyse(null).findings());
    write(DAO.replace("class Dao {", "/** Moved down by a comment. */\n\n\nclass Dao {\n  int unrelated;\n")
        .replace("Document signIn(String email)", "Document logIn(String email)")
        .replace("Filters.regex(\"username\", \"^\" + Pattern.quote(prefix), \"i\")",
            "Filters.regex(\n        \"username\",\n        \"^\" + Pattern.quote(prefix),\n        \"i\")"));
    AnalysisResult after = analyse(baseline);
    assertEquals(List.of(), after.findings());
    assertEquals(2, after.baseline().baselined().size());
    assertEquals(List.of(), after.baseline().unmatched());
  }

  @Test
  void aNewFindingStillCounts() throws IOException {
    write(DAO);
    Baseline baseline = Baseline.of(analyse(null).findings());
    write(DAO.replace("  Document byPrefix", """
          Document byLogin(String login) {
            return users.find(Filters.regex("login", "^" + Pattern.quote(login) + "$", "i")).first();
          }

          Document byPrefix"""));
    AnalysisResult after = analyse(baseline);
    assertEquals(1, after.findings().size());
    Finding added = after.findings().get(0);
    assertEquals("login", added.field());
    assertEquals(2, after.baseline().baselined().size());
  }

  @Test
  void aSecondCopyOfABaselinedLineCounts() throws IOException {
    write(DAO);
    Baseline baseline = Baseline.of(analyse(null).findings());
    write(DAO.replace("  Document byPrefix", """
          Document signInAgain(String email) {
            return users.find(Filters.regex("email", "^" + Pattern.quote(email) + "$", "i")).first();
          }

          Document byPrefix"""));
    AnalysisResult after = analyse(baseline);
    assertEquals(1, after.findings().size(), "one entry hides one finding");
    assertEquals("email", after.findings().get(0).field());
  }

  @Test
  void entriesThatMatchNothingAreReportedWithinScopeOnly() throws IOException {
    write(DAO);
    List<BaselineEntry> entries = new ArrayList<>(Baseline.of(analyse(null).findings()).entries());
    write(DAO.replace("\"^\" + Pattern.quote(prefix), \"i\"", "\"^\" + Pattern.quote(prefix)"));
    entries.add(new BaselineEntry("UnanchoredMatch", "elsewhere/Other.java", "email", "Filters.regex(\"email\", x)"));
    AnalysisResult after = Analyzer.analyze(AnalysisRequest.builder(project).path(project.resolve("src"))
        .baseline(new Baseline(entries)).build());
    assertEquals(List.of(), after.findings());
    assertEquals(1, after.baseline().unmatched().size(), "the fixed prefix query, not the file outside src");
    assertEquals("username", after.baseline().unmatched().get(0).field());
  }

  @Test
  void badFilesAreOneLineErrors() throws IOException {
    Path missing = project.resolve("missing.json");
    assertTrue(assertThrows(Baseline.InvalidBaselineException.class, () -> Baseline.read(missing)).getMessage()
        .endsWith("does not exist"));
    Path notJson = Files.writeString(project.resolve("bad.json"), "{ nope");
    assertTrue(assertThrows(Baseline.InvalidBaselineException.class, () -> Baseline.read(notJson)).getMessage()
        .contains("is not valid JSON"));
    Path other = Files.writeString(project.resolve("other.json"), "{\"tool\": \"pmd\", \"findings\": []}");
    assertTrue(assertThrows(Baseline.InvalidBaselineException.class, () -> Baseline.read(other)).getMessage()
        .contains("is not a regexguard baseline"));
  }

  private void write(String text) throws IOException {
    Path file = project.resolve("src/main/java/com/acme/Dao.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private AnalysisResult analyse(Baseline baseline) {
    AnalysisRequest.Builder request = AnalysisRequest.builder(project);
    if (baseline != null) {
      request.baseline(baseline);
    }
    return Analyzer.analyze(request.build());
  }
}
