package io.github.regexguard.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.Level;
import io.github.regexguard.rule.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The {@link AnalysisResult} as plain data: records serialised as they are, levels in SARIF's
 * lower case, empty values left out, each finding with its fingerprint. The absolute base
 * directory is left out so that the file is the same on every machine.
 */
public final class JsonReporter implements Reporter {

  /** Rules without their long Markdown help, which the doc page holds. */
  @JsonIgnoreProperties({"help"})
  private abstract static class RuleInfoWithoutHelp {}

  private final ObjectMapper mapper = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new SimpleModule("regexguard")
          .addSerializer(Level.class, new StdSerializer<>(Level.class) {
            @Override
            public void serialize(Level level, JsonGenerator out, SerializerProvider provider) throws IOException {
              out.writeString(level.id());
            }
          })
          .setMixInAnnotation(RuleInfo.class, RuleInfoWithoutHelp.class))
      .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String fileName() {
    return "regexguard.json";
  }

  @Override
  public void write(AnalysisResult result, Writer out) throws IOException {
    ObjectNode root = mapper.valueToTree(result);
    root.remove("baseDirectory");
    addFingerprints((ArrayNode) root.get("findings"), result.findings());
    ArrayNode rules = (ArrayNode) root.get("rules");
    for (int i = 0; i < rules.size(); i++) {
      ((ObjectNode) rules.get(i)).put("helpUri", SarifReporter.helpUri(result.rules().get(i).id()));
    }
    ObjectNode totals = root.putObject("totals");
    for (Level level : Level.values()) {
      totals.put(level.id(), result.count(level));
    }
    totals.put("suppressed", result.suppressed().size());
    totals.put("unexplainedSuppressions", result.unexplainedSuppressions().size());
    totals.put("baselined", result.baseline().baselined().size());
    totals.put("unmatchedBaselineEntries", result.baseline().unmatched().size());
    totals.put("processingErrors", result.errors().size());
    mapper.writeValue(out, root);
  }

  private static void addFingerprints(ArrayNode nodes, List<Finding> findings) {
    List<String> prints = Fingerprints.numbered(findings);
    for (int i = 0; i < nodes.size(); i++) {
      ((ObjectNode) nodes.get(i)).put("fingerprint", prints.get(i));
    }
  }
}
