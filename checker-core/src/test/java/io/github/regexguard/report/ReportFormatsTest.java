package io.github.regexguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.Level;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON, Markdown and HTML reports of the report scenario. */
class ReportFormatsTest {

  @TempDir
  static Path project;

  static AnalysisResult result;

  @BeforeAll
  static void analyse() {
    result = ReportScenario.analyse(project);
  }

  @Test
  void reportersAreFoundByTheirCommandLineNames() {
    for (String format : List.of("text", "sarif", "json", "html", "markdown")) {
      assertEquals(format, Reporters.named(format).orElseThrow().format());
    }
    assertEquals(Set.of("regexguard.sarif", "regexguard.json", "regexguard.html", "regexguard.md"),
        Set.of(Reporters.named("sarif").get().fileName(), Reporters.named("json").get().fileName(),
            Reporters.named("html").get().fileName(), Reporters.named("markdown").get().fileName()));
  }

  @Test
  void jsonIsTheResultAsPlainData() throws IOException {
    JsonNode json = new ObjectMapper().readTree(write(new JsonReporter()));
    assertEquals(result.findings().size(), json.get("findings").size());
    JsonNode first = json.at("/findings/0");
    Finding finding = result.findings().get(0);
    assertEquals(finding.ruleId(), first.get("ruleId").asText());
    assertEquals(finding.level().id(), first.get("level").asText());
    assertEquals(finding.path(), first.get("path").asText());
    assertEquals(finding.location().beginLine(), first.at("/location/beginLine").asInt());
    assertEquals(finding.rewrite().primary(), first.at("/rewrite/primary").asText());
    assertEquals(32, first.get("fingerprint").asText().length());
    assertEquals(result.suppressed().size(), json.get("suppressed").size());
    assertTrue(json.at("/suppressed/0/suppression/kind").isTextual());
    assertEquals(result.baseline().unmatched().size(), json.at("/baseline/unmatched").size());
    assertEquals(result.errors().size(), json.get("errors").size());
    assertEquals(result.count(Level.ERROR), json.at("/totals/error").asLong());
    assertEquals(result.unexplainedSuppressions().size(), json.at("/totals/unexplainedSuppressions").asInt());
    assertFalse(json.has("baseDirectory"), "no absolute path of this machine");
    assertFalse(json.at("/rules/0").has("help"));
    assertTrue(json.at("/rules/0/helpUri").asText().endsWith(".md"));
  }

  @Test
  void markdownSummarisesWithTopFindingsAndACollapsedRest() throws IOException {
    String md = write(new MarkdownReporter());
    assertTrue(md.startsWith("### regexguard: " + counted(Level.ERROR) + ", " + counted(Level.WARNING) + ", "
        + counted(Level.NOTE) + "\n"), md);
    assertTrue(md.contains("| **total** | " + result.count(Level.ERROR) + " | "));
    assertTrue(md.contains("#### Top findings"));
    Finding worst = result.findings().stream().filter(f -> f.level() == Level.ERROR).findFirst().orElseThrow();
    assertTrue(md.contains("1. **error** `" + worst.path() + ":" + worst.location().beginLine() + "`"), md);
    assertTrue(md.contains("```java\n   " + worst.rewrite().primary() + "\n   ```"));
    int rest = result.findings().size() - MarkdownReporter.TOP;
    assertTrue(md.contains("<details>\n<summary>" + rest + " more findings</summary>"));
    assertEquals(result.findings().size(), count(md, "**" + "error**") + count(md, "**warning**")
        + count(md, "**note**") + cutOff(md), "each finding once, listed or counted where the list is cut short");
    int unexplained = result.unexplainedSuppressions().size();
    assertTrue(unexplained > 1);
    assertTrue(md.contains("Suppressions without a reason (" + unexplained + ")"));
    assertTrue(md.contains("Baseline entries that no longer match anything (1)"));
    assertTrue(md.contains("Files that could not be analysed (1)"));
    assertTrue(md.contains(result.suppressed().size() + " suppressed in the code (" + unexplained
        + " suppressions without a reason); 1 baselined (1 baseline entry no longer match)"), md);
    assertTrue(md.contains("\\<script\\>"), "hostile prose is escaped");
    boolean fenced = false;
    for (String line : md.split("\n")) {
      fenced ^= line.strip().startsWith("```");
      assertTrue(!line.contains("<script>") || fenced
          || (line.indexOf('`') >= 0 && line.indexOf('`') < line.indexOf("<script>")),
          "raw markup only inside code: " + line);
    }
  }

  @Test
  void markdownLinksEachRuleOnceAndStaysWithinAGithubComment() throws IOException {
    String md = write(new MarkdownReporter());
    for (var rule : result.rules()) {
      assertEquals(1, count(md, SarifReporter.helpUri(rule.id())), rule.id());
      assertTrue(md.contains("\n[" + rule.id() + "]: " + SarifReporter.helpUri(rule.id()) + "\n"));
    }
    AnalysisResult huge = AnalysisResult.merge(project, java.util.Collections.nCopies(40, result));
    StringWriter out = new StringWriter();
    new MarkdownReporter().write(huge, out);
    assertTrue(out.toString().length() < 65_536, "length " + out.toString().length());
    assertTrue(out.toString().contains(" more in the full report"));
  }

  @Test
  void markdownEscapesWhatGithubWouldRender() {
    assertEquals("a\\*b\\_c \\$x\\$ \\<b\\> \\|", MarkdownReporter.text("a*b_c $x$ <b> |"));
    assertEquals("`` a`b ``", MarkdownReporter.code("a`b"));
  }

  @Test
  void htmlIsSelfContainedAndEscaped() throws IOException {
    String html = write(new HtmlReporter());
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<style>") && html.contains("default-src 'none'"));
    for (String external : List.of("<script", "<link", "<img", "<iframe", "@import", "url(", "src=")) {
      assertFalse(html.contains(external), external);
    }
    assertTrue(html.contains("&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;&amp;amp;"));
    Set<String> marked = new TreeSet<>();
    for (int at = html.indexOf("<mark>"); at >= 0; at = html.indexOf("<mark>", at + 1)) {
      marked.add(html.substring(at + 6, html.indexOf("</mark>", at)));
    }
    assertTrue(marked.contains("Filters.regex(&quot;login&quot;, &quot;^&quot; + Pattern.quote(login) + &quot;$&quot;)"),
        "the offending expression is marked exactly: " + marked);
  }

  @Test
  void htmlWithoutFindingsSaysSo(@TempDir Path empty) throws IOException {
    AnalysisResult none = io.github.regexguard.Analyzer.analyze(io.github.regexguard.AnalysisRequest.builder(empty).build());
    StringWriter out = new StringWriter();
    new HtmlReporter().write(none, out);
    assertTrue(out.toString().contains("id=\"no-findings\""));
    assertTrue(out.toString().contains("id=\"total-error\">0<"));
  }

  private static String counted(Level level) {
    long n = result.count(level);
    return n + " " + level.id() + (n == 1 ? "" : "s");
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      n++;
    }
    return n;
  }

  private static String write(Reporter reporter) throws IOException {
    StringWriter out = new StringWriter();
    reporter.write(result, out);
    return out.toString();
  }

  /** The findings the bounded list of further findings leaves out: its {@code … and N more in the full report} line. */
  private static int cutOff(String md) {
    int start = md.indexOf(" more findings</summary>");
    int end = start < 0 ? -1 : md.indexOf("</details>", start);
    if (end < 0) {
      return 0;
    }
    for (String line : md.substring(start, end).split("\n")) {
      if (line.startsWith("- … and ") && line.endsWith(" more in the full report")) {
        return Integer.parseInt(line.substring("- … and ".length(), line.indexOf(" more in the full report")));
      }
    }
    return 0;
  }
}
