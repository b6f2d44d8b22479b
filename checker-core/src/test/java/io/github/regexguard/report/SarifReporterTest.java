package io.github.regexguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF report is valid SARIF 2.1.0 and carries everything design §9 promises. */
class SarifReporterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path project;

  static AnalysisResult result;
  static JsonNode sarif;

  @BeforeAll
  static void analyse() throws IOException {
    result = ReportScenario.analyse(project);
    sarif = JSON.readTree(write(result));
  }

  @Test
  void validAgainstTheSarifSchema() throws IOException {
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(Fixtures.shared().resolve("schemas/sarif-schema-2.1.0.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    Set<ValidationMessage> problems = schema.validate(sarif);
    assertTrue(problems.isEmpty(), "schema violations: " + problems);
    JsonNode broken = sarif.deepCopy();
    ((ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
    assertFalse(schema.validate(broken).isEmpty(), "the validator does reject a bad level");
    JsonNode run = sarif.at("/runs/0");
    assertFalse(resultsWith("fixes").isEmpty(), "the scenario has a result with a fix");
    assertFalse(run.at("/invocations/0/toolExecutionNotifications").isEmpty(), "and a notification");
    assertFalse(resultsWith("suppressions").isEmpty(), "and suppressed results");
  }

  @Test
  void everyRuleHasHelpAndADocPage() {
    JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
    assertEquals(result.rules().size(), rules.size());
    for (JsonNode rule : rules) {
      String id = rule.get("id").asText();
      assertTrue(rule.at("/help/markdown").asText().contains("## Compliant rewrite"), id);
      assertEquals(SarifReporter.helpUri(id), rule.get("helpUri").asText());
      assertTrue(rule.get("helpUri").asText().endsWith("/rules/docs/" + id + ".md"));
      assertTrue(Set.of("error", "warning", "note").contains(rule.at("/defaultConfiguration/level").asText()));
      assertFalse(rule.at("/fullDescription/text").asText().isBlank());
    }
  }

  @Test
  void resultsPointIntoTheSourceWithRuleIndexAndProperties() {
    JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
    int counted = 0;
    for (JsonNode r : sarif.at("/runs/0/results")) {
      assertEquals(r.get("ruleId").asText(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
      JsonNode location = r.at("/locations/0/physicalLocation");
      assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
      assertTrue(location.at("/artifactLocation/uri").asText().startsWith("src/main/java/"));
      assertTrue(location.at("/region/endLine").asInt() >= location.at("/region/startLine").asInt());
      assertFalse(r.at("/properties/rewrite").asText().isBlank());
      assertFalse(r.at("/properties/field").asText().isBlank());
      if (!r.has("suppressions")) {
        counted++;
      }
    }
    assertEquals(result.findings().size(), counted, "unsuppressed results are exactly the counting findings");
  }

  @Test
  void aFixReplacesTheFlaggedExpression() {
    JsonNode fixed = resultsWith("fixes").get(0);
    assertEquals("RegexEquality", fixed.get("ruleId").asText());
    JsonNode replacement = fixed.at("/fixes/0/artifactChanges/0/replacements/0");
    assertTrue(replacement.at("/insertedContent/text").asText().contains("Filters.eq("),
        replacement.toString());
    JsonNode deleted = replacement.get("deletedRegion");
    assertTrue(deleted.get("endColumn").asInt() > deleted.get("startColumn").asInt()
        || deleted.get("endLine").asInt() > deleted.get("startLine").asInt());
  }

  @Test
  void processingErrorsAreNotifications() {
    JsonNode invocation = sarif.at("/runs/0/invocations/0");
    assertTrue(invocation.get("executionSuccessful").asBoolean());
    JsonNode notification = invocation.at("/toolExecutionNotifications/0");
    assertEquals("src/main/java/com/acme/Broken.java",
        notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertTrue(notification.at("/message/text").asText().startsWith("syntax error"));
    assertEquals(6, notification.at("/locations/0/physicalLocation/region/startLine").asInt());
  }

  @Test
  void suppressionsAndBaselineAreMarkedNotDropped() {
    List<JsonNode> inSource = new ArrayList<>();
    List<JsonNode> external = new ArrayList<>();
    for (JsonNode r : resultsWith("suppressions")) {
      String kind = r.at("/suppressions/0/kind").asText();
      (kind.equals("inSource") ? inSource : external).add(r);
    }
    assertEquals(result.suppressed().size(), inSource.size());
    assertTrue(inSource.stream().anyMatch(r -> r.at("/suppressions/0/justification").asText()
        .equals("login ids are lower-case ASCII since 2021")));
    assertTrue(inSource.stream().anyMatch(r -> !r.at("/suppressions/0").has("justification")),
        "the unexplained suppression has no justification");
    assertEquals(result.baseline().baselined().size(), external.size());
    assertTrue(external.stream().allMatch(r -> r.get("baselineState").asText().equals("unchanged")));
    JsonNode stale = sarif.at("/runs/0/invocations/0/toolConfigurationNotifications/0");
    assertEquals("UnmatchedBaselineEntry", stale.at("/descriptor/id").asText());
    assertEquals("src/main/java/com/acme/Gone.java",
        stale.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
  }

  @Test
  void fingerprintsSurviveLineMovesAndTellTwinsApart(@TempDir Path dir) throws IOException {
    String body = """
        package com.acme;

        import com.mongodb.client.MongoCollection;
        import com.mongodb.client.model.Filters;
        import org.bson.Document;

        class Twins {
          MongoCollection<Document> users;

          void both(String email) {
            users.find(Filters.regex("email", "^" + email + "$", "i"));
            users.find(Filters.regex("email", "^" + email + "$", "i"));
          }
        }
        """;
    ReportScenario.write(dir.resolve("Twins.java"), body);
    JsonNode before = JSON.readTree(write(Analyzer.analyze(AnalysisRequest.builder(dir).build())));
    ReportScenario.write(dir.resolve("Twins.java"), body.replace("class Twins {", "// moved\n\n\nclass Twins {"));
    JsonNode after = JSON.readTree(write(Analyzer.analyze(AnalysisRequest.builder(dir).build())));

    List<String> printsBefore = fingerprints(before);
    assertEquals(4, printsBefore.size(), "two rules on each of two identical lines");
    assertEquals(printsBefore, fingerprints(after));
    assertEquals(printsBefore.size(), Set.copyOf(printsBefore).size(), "identical lines get distinct prints");
    assertNotEquals(before.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine"),
        after.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine"));
  }

  private static List<String> fingerprints(JsonNode sarif) {
    List<String> prints = new ArrayList<>();
    sarif.at("/runs/0/results").forEach(r -> prints.add(r.at("/partialFingerprints/regexguard~1v1").asText()));
    return prints;
  }

  private static List<JsonNode> resultsWith(String property) {
    List<JsonNode> out = new ArrayList<>();
    sarif.at("/runs/0/results").forEach(r -> {
      if (r.has(property)) {
        out.add(r);
      }
    });
    return out;
  }

  static String write(AnalysisResult result) throws IOException {
    StringWriter out = new StringWriter();
    new SarifReporter().write(result, out);
    return out.toString();
  }
}
