package io.github.regexguard.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.baseline.BaselineEntry;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.model.SuggestedFix;
import io.github.regexguard.model.Suppression;
import io.github.regexguard.model.TextEdit;
import io.github.regexguard.rule.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SARIF 2.1.0, ready for GitHub code scanning. Suppressed findings are results with an
 * {@code inSource} suppression, baselined ones results with an {@code external} suppression and
 * {@code baselineState: unchanged}; they are there for reviewers and never count.
 */
public final class SarifReporter implements Reporter {

  public static final String INFORMATION_URI = "https://github.com/regexguard/regexguard";
  private static final String SRCROOT = "%SRCROOT%";

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String fileName() {
    return "regexguard.sarif";
  }

  /** The rule's doc page, which is also its SARIF {@code helpUri}. */
  public static String helpUri(String ruleId) {
    return INFORMATION_URI + "/blob/main/checker-core/src/main/resources" + RuleInfo.docResource(ruleId);
  }

  @Override
  public void write(AnalysisResult result, Writer out) throws IOException {
    ObjectNode log = mapper.createObjectNode();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "regexguard");
    driver.put("version", result.toolVersion());
    driver.put("semanticVersion", result.toolVersion().replace("-SNAPSHOT", ""));
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    result.rules().forEach(rule -> rules.add(rule(rule)));
    run.put("columnKind", "utf16CodeUnits");
    invocation(run.putArray("invocations").addObject(), result);

    List<Reported> reported = new ArrayList<>();
    result.findings().forEach(f -> reported.add(new Reported(f, Optional.empty(), false)));
    result.suppressed().forEach(s -> reported.add(new Reported(s.finding(), Optional.of(s.suppression()), false)));
    result.baseline().baselined().forEach(f -> reported.add(new Reported(f, Optional.empty(), true)));
    reported.sort((a, b) -> AnalysisResult.FINDING_ORDER.compare(a.finding(), b.finding()));
    List<String> fingerprints = Fingerprints.numbered(reported.stream().map(Reported::finding).toList());
    ArrayNode results = run.putArray("results");
    for (int i = 0; i < reported.size(); i++) {
      results.add(result(reported.get(i), fingerprints.get(i), result));
    }
    ObjectNode properties = run.putObject("properties");
    properties.put("suppressed", result.suppressed().size());
    properties.put("unexplainedSuppressions", result.unexplainedSuppressions().size());
    properties.put("baselined", result.baseline().baselined().size());
    properties.put("unmatchedBaselineEntries", result.baseline().unmatched().size());
    mapper.writeValue(out, log);
  }

  /** A finding as one SARIF result, with how it was set aside, if it was. */
  private record Reported(Finding finding, Optional<Suppression> suppression, boolean baselined) {}

  private void invocation(ObjectNode invocation, AnalysisResult result) {
    invocation.put("executionSuccessful", true);
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    result.errors().forEach(error -> notifications.add(notification(error)));
    ArrayNode configuration = invocation.putArray("toolConfigurationNotifications");
    for (BaselineEntry entry : result.baseline().unmatched()) {
      ObjectNode node = configuration.addObject();
      node.put("level", "note");
      node.putObject("descriptor").put("id", "UnmatchedBaselineEntry");
      node.putObject("message").put("text", "baseline entry [" + entry.ruleId() + "] " + entry.code()
          + " no longer matches any finding; remove it from the baseline");
      artifact(node.putArray("locations").addObject().putObject("physicalLocation"), entry.path());
    }
  }

  private ObjectNode rule(RuleInfo info) {
    ObjectNode rule = mapper.createObjectNode();
    rule.put("id", info.id());
    rule.put("name", info.id());
    rule.putObject("shortDescription").put("text", info.summary());
    rule.putObject("fullDescription").put("text", firstParagraph(info.help(), info.summary()));
    ObjectNode help = rule.putObject("help");
    help.put("text", info.help());
    help.put("markdown", info.help());
    rule.put("helpUri", helpUri(info.id()));
    rule.putObject("defaultConfiguration").put("level", info.defaultLevel().id());
    rule.putObject("properties").putArray("tags").add("performance").add("database").add("security");
    return rule;
  }

  private ObjectNode result(Reported reported, String fingerprint, AnalysisResult run) {
    Finding finding = reported.finding();
    ObjectNode result = mapper.createObjectNode();
    result.put("ruleId", finding.ruleId());
    result.put("ruleIndex", indexOf(run.rules(), finding.ruleId()));
    result.put("level", finding.level().id());
    result.putObject("message").put("text", finding.message() + "\nRewrite: " + finding.rewrite().primary());
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    artifact(physical, finding.path());
    region(physical.putObject("region"), finding.location().beginLine() == finding.extent().beginLine()
        && finding.location().beginColumn() >= finding.extent().beginColumn() ? span(finding) : finding.location());
    result.putObject("partialFingerprints").put("regexguard/v1", fingerprint);
    finding.fix().ifPresent(fix -> result.putArray("fixes").add(fix(fix, finding.path())));
    reported.suppression().ifPresent(s -> {
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "inSource");
      suppression.put("status", "accepted");
      s.reason().ifPresent(reason -> suppression.put("justification", reason));
      suppression.putObject("properties").put("suppressedBy", s.describe());
    });
    if (reported.baselined()) {
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "external");
      suppression.put("status", "accepted");
      suppression.put("justification", "accepted in the regexguard baseline");
    }
    if (run.baseline().applied()) {
      result.put("baselineState", reported.baselined() ? "unchanged" : "new");
    }
    ObjectNode properties = result.putObject("properties");
    properties.put("field", finding.field());
    properties.put("store", finding.store().name());
    finding.evidence().ifPresent(e -> properties.put("indexEvidence", e));
    properties.put("rewrite", finding.rewrite().primary());
    ArrayNode alternatives = properties.putArray("alternatives");
    finding.rewrite().alternatives().forEach(alternatives::add);
    properties.put("code", finding.code());
    return result;
  }

  /** From the reported position to the end of the offending expression. */
  private static SourceRange span(Finding finding) {
    return new SourceRange(finding.location().beginLine(), finding.location().beginColumn(),
        finding.extent().endLine(), finding.extent().endColumn());
  }

  private ObjectNode fix(SuggestedFix fix, String path) {
    ObjectNode node = mapper.createObjectNode();
    node.putObject("description").put("text", fix.description());
    ObjectNode change = node.putArray("artifactChanges").addObject();
    artifact(change, path);
    ArrayNode replacements = change.putArray("replacements");
    for (TextEdit edit : fix.edits()) {
      ObjectNode replacement = replacements.addObject();
      region(replacement.putObject("deletedRegion"), edit.range());
      replacement.putObject("insertedContent").put("text", edit.replacement());
    }
    return node;
  }

  private ObjectNode notification(ProcessingError error) {
    ObjectNode node = mapper.createObjectNode();
    node.put("level", "error");
    node.putObject("descriptor").put("id", "ProcessingError");
    node.putObject("message").put("text", error.message());
    ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
    artifact(physical, error.path());
    physical.putObject("region").put("startLine", Math.max(1, error.line()));
    return node;
  }

  private static void artifact(ObjectNode parent, String path) {
    ObjectNode location = parent.putObject("artifactLocation");
    location.put("uri", path);
    location.put("uriBaseId", SRCROOT);
  }

  /** SARIF columns are 1-based with an exclusive end; ours have an inclusive end. */
  private static void region(ObjectNode region, SourceRange range) {
    region.put("startLine", range.beginLine());
    region.put("startColumn", range.beginColumn());
    region.put("endLine", range.endLine());
    region.put("endColumn", range.endColumn() + 1);
  }

  private static int indexOf(List<RuleInfo> rules, String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static String firstParagraph(String markdown, String fallback) {
    for (String paragraph : markdown.split("\n\n")) {
      String p = paragraph.trim();
      if (!p.isEmpty() && !p.startsWith("#") && !p.startsWith("|")) {
        return p.replace('\n', ' ');
      }
    }
    return fallback;
  }
}
