package io.github.regexguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF log of the fixtures, with a fix and a processing error, is valid SARIF 2.1.0. */
class SarifSchemaTest {

  @TempDir Path dir;

  @Test
  void sarifOfTheFixturesValidatesAgainstTheSchema() throws IOException {
    Path broken = dir.resolve("Broken.java");
    Files.writeString(broken, "import com.mongodb.client.model.Filters;\nclass Broken {");
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder(Fixtures.projectRoot())
        .path(Fixtures.sources()).path(broken).build());
    StringWriter sarif = new StringWriter();
    new SarifReporter().write(result, sarif);

    JsonNode log = new ObjectMapper().readTree(sarif.toString());
    Set<ValidationMessage> problems = schema().validate(log);
    assertTrue(problems.isEmpty(), problems.toString());

    JsonNode run = log.get("runs").get(0);
    assertEquals(result.findings().size() + result.suppressed().size(), run.get("results").size(),
        "every finding, and each suppressed one marked as such");
    assertEquals(5, run.get("tool").get("driver").get("rules").size());
    assertFalse(run.get("invocations").get(0).get("toolExecutionNotifications").isEmpty(), "processing error listed");
    boolean hasFix = false;
    for (JsonNode r : run.get("results")) {
      hasFix |= r.has("fixes");
      assertTrue(r.get("partialFingerprints").has("regexguard/v1"));
    }
    assertTrue(hasFix, "RegexEquality findings carry a fix");
  }

  private static JsonSchema schema() throws IOException {
    Path file = Fixtures.shared().resolve("schemas/sarif-schema-2.1.0.json");
    try (InputStream in = Files.newInputStream(file)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }
}
