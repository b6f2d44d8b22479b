package io.github.regexguard.report;

import static io.github.regexguard.report.Html.escape;

import io.github.regexguard.AnalysisResult;
import io.github.regexguard.baseline.BaselineEntry;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.Level;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.model.SuppressedFinding;
import io.github.regexguard.rule.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One self-contained HTML page for reviewers: inline CSS, no script, nothing loaded from anywhere.
 * Totals by level and rule, then the findings grouped by file, each with the source excerpt read
 * when the report is written (the offending expression marked), the why, the index evidence and the
 * rewrite beside the original. Every text from the scanned code is escaped.
 */
public final class HtmlReporter implements Reporter {

  private static final String CSS = loadCss();
  private static final List<Level> SEVERE_FIRST = List.of(Level.ERROR, Level.WARNING, Level.NOTE);

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String fileName() {
    return "regexguard.html";
  }

  @Override
  public void write(AnalysisResult result, Writer out) throws IOException {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>regexguard report</title>
        <style>
        """).append(CSS).append("</style>\n</head>\n<body>\n");
    html.append("<header class=\"page\"><h1>regexguard report</h1><p>")
        .append(escape(TextReporter.summary(result).replaceFirst("^regexguard: ", ""))).append("</p></header>\n");
    html.append("<main>\n");
    totals(result, html);
    findings(result, html);
    suppressed(result, html);
    baseline(result, html);
    errors(result, html);
    html.append("<footer>regexguard ").append(escape(result.toolVersion()))
        .append(" · paths are relative to the scanned project · <a href=\"")
        .append(escape(SarifReporter.INFORMATION_URI)).append("\">documentation</a></footer>\n");
    html.append("</main>\n</body>\n</html>\n");
    out.write(html.toString());
  }

  private static void totals(AnalysisResult result, StringBuilder html) {
    html.append("<section id=\"totals\" aria-label=\"Totals\">\n<div class=\"tiles\">\n");
    for (Level level : SEVERE_FIRST) {
      long n = result.count(level);
      tile(html, level.id(), "total-" + level.id(), n, level.id() + (n == 1 ? "" : "s"));
    }
    tile(html, "", "total-suppressed", result.suppressed().size(), "suppressed");
    if (result.baseline().applied()) {
      tile(html, "", "total-baselined", result.baseline().baselined().size(), "baselined");
    }
    if (!result.errors().isEmpty()) {
      tile(html, "", "total-processing-errors", result.errors().size(), "not analysed");
    }
    html.append("</div>\n");
    if (!result.findings().isEmpty()) {
      html.append("<div class=\"table-wrap\"><table id=\"by-rule\">\n<thead><tr><th>Rule</th>");
      SEVERE_FIRST.forEach(l -> html.append("<th class=\"num\">").append(l.id()).append("</th>"));
      html.append("<th class=\"num\">total</th></tr></thead>\n<tbody>\n");
      for (RuleInfo rule : result.rules()) {
        List<Finding> mine = result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        if (mine.isEmpty()) {
          continue;
        }
        html.append("<tr data-rule=\"").append(escape(rule.id())).append("\"><td><a href=\"")
            .append(escape(SarifReporter.helpUri(rule.id()))).append("\">")
            .append(escape(rule.id()).replaceAll("(?<=[a-z])(?=[A-Z])", "<wbr>"))
            .append("</a><br><small>").append(escape(rule.summary())).append("</small></td>");
        for (Level level : SEVERE_FIRST) {
          html.append("<td class=\"num\">").append(mine.stream().filter(f -> f.level() == level).count()).append("</td>");
        }
        html.append("<td class=\"num\">").append(mine.size()).append("</td></tr>\n");
      }
      html.append("</tbody>\n<tfoot><tr><td>all rules</td>");
      SEVERE_FIRST.forEach(l -> html.append("<td class=\"num\">").append(result.count(l)).append("</td>"));
      html.append("<td class=\"num\">").append(result.findings().size()).append("</td></tr></tfoot>\n</table></div>\n");
    }
    html.append("</section>\n");
  }

  private static void tile(StringBuilder html, String level, String id, long count, String label) {
    html.append("<div class=\"tile ").append(level).append("\"><span class=\"count\" id=\"").append(id).append("\">")
        .append(count).append("</span><span class=\"label\">").append(escape(label)).append("</span></div>\n");
  }

  private static void findings(AnalysisResult result, StringBuilder html) {
    if (result.findings().isEmpty()) {
      html.append("<p class=\"empty\" id=\"no-findings\">No findings: every query regexguard recognised can use its index.</p>\n");
      return;
    }
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    result.findings().forEach(f -> byFile.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f));
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      Optional<List<String>> lines = SourceExcerpt.read(result.baseDirectory().resolve(file.getKey()));
      int n = file.getValue().size();
      html.append("<section class=\"file\">\n<h2><span class=\"path\">").append(escape(file.getKey()))
          .append("</span><span class=\"badge\">").append(n).append(n == 1 ? " finding" : " findings")
          .append("</span></h2>\n");
      for (Finding finding : file.getValue()) {
        finding(finding, lines, html);
      }
      html.append("</section>\n");
    }
  }

  private static void finding(Finding f, Optional<List<String>> lines, StringBuilder html) {
    String level = f.level().id();
    html.append("<article class=\"finding ").append(level).append("\" data-level=\"").append(level)
        .append("\" data-rule=\"").append(escape(f.ruleId())).append("\">\n<header><span class=\"badge ")
        .append(level).append("\">").append(level).append("</span><a class=\"rule\" href=\"")
        .append(escape(SarifReporter.helpUri(f.ruleId()))).append("\">").append(escape(f.ruleId()))
        .append("</a><span class=\"where\">").append(escape(f.path())).append(':').append(f.location().beginLine())
        .append(':').append(f.location().beginColumn()).append("</span></header>\n");
    html.append("<p class=\"why\">").append(escape(why(f))).append("</p>\n");
    f.evidence().ifPresent(e -> html.append("<p class=\"evidence\"><strong>Index evidence:</strong> ")
        .append(escape(e)).append("</p>\n"));
    html.append("<div class=\"compare\">\n<figure class=\"original\"><figcaption>Original</figcaption><pre><code>");
    Optional<String> excerpt = lines.flatMap(l -> SourceExcerpt.render(l, f.extent(), f.location().beginLine()));
    html.append(excerpt.orElseGet(() -> "<span class=\"line\"><span class=\"ln\"></span><span class=\"src\">" + escape(f.code())
        + "</span></span>"));
    html.append("</code></pre></figure>\n<figure class=\"rewrite\"><figcaption>Rewrite</figcaption><pre class=\"rewrite\"><code>")
        .append(escape(f.rewrite().primary())).append("</code></pre>\n");
    if (!f.rewrite().alternatives().isEmpty()) {
      html.append("<ul class=\"alternatives\">");
      f.rewrite().alternatives().forEach(a -> html.append("<li>or: <code>").append(escape(a)).append("</code></li>"));
      html.append("</ul>\n");
    }
    f.fix().ifPresent(fix -> html.append("<p class=\"fix\">Machine-applicable fix (in the SARIF report): ")
        .append(escape(fix.description())).append("</p>\n"));
    html.append("</figure>\n</div>\n</article>\n");
  }

  /** The message without the evidence sentence, which the report shows on its own line. */
  static String why(Finding f) {
    String message = f.message();
    if (f.evidence().isEmpty()) {
      return message;
    }
    String evidence = f.evidence().get();
    int at = message.toLowerCase(Locale.ROOT).indexOf(evidence.toLowerCase(Locale.ROOT));
    if (at <= 0) {
      return message;
    }
    int end = at + evidence.length();
    end = end < message.length() && message.charAt(end) == '.' ? end + 1 : end;
    return (message.substring(0, at) + message.substring(end)).strip();
  }

  private static void suppressed(AnalysisResult result, StringBuilder html) {
    if (result.suppressed().isEmpty()) {
      return;
    }
    html.append("<section id=\"suppressed\"><h2>Suppressed in the code (").append(result.suppressed().size())
        .append(")</h2>\n<table class=\"stack\">\n<thead><tr><th>Where</th><th>Rule</th><th>Suppressed by</th>")
        .append("<th>Reason</th></tr></thead>\n<tbody>\n");
    for (SuppressedFinding s : result.suppressed()) {
      Finding f = s.finding();
      html.append("<tr>");
      cell(html, "Where", "<span class=\"path\">" + escape(f.path()) + ":" + f.location().beginLine() + "</span>");
      cell(html, "Rule", escape(f.ruleId()));
      cell(html, "Suppressed by", escape(s.suppression().how()) + " on line " + s.suppression().line());
      cell(html, "Reason", s.suppression().reason().map(Html::escape)
          .orElse("<span class=\"unexplained\">unexplained: add “-- reason”</span>"));
      html.append("</tr>\n");
    }
    html.append("</tbody></table></section>\n");
  }

  private static void baseline(AnalysisResult result, StringBuilder html) {
    if (!result.baseline().applied()) {
      return;
    }
    int baselined = result.baseline().baselined().size();
    html.append("<section id=\"baseline\"><h2>Baseline</h2>\n<p>").append(baselined)
        .append(baselined == 1 ? " finding is in the baseline and does not count."
            : " findings are in the baseline and do not count.").append("</p>\n");
    List<BaselineEntry> stale = result.baseline().unmatched();
    if (!stale.isEmpty()) {
      html.append("<p>").append(stale.size()).append(stale.size() == 1 ? " baseline entry no longer matches"
          : " baseline entries no longer match").append(" anything; remove ").append(stale.size() == 1 ? "it" : "them")
          .append(" from the baseline:</p>\n<table class=\"stack\" id=\"stale-baseline\">")
          .append("<thead><tr><th>File</th><th>Rule</th><th>Code</th></tr></thead>\n<tbody>\n");
      for (BaselineEntry e : stale) {
        html.append("<tr>");
        cell(html, "File", "<span class=\"path\">" + escape(e.path()) + "</span>");
        cell(html, "Rule", escape(e.ruleId()));
        cell(html, "Code", "<code>" + escape(e.code()) + "</code>");
        html.append("</tr>\n");
      }
      html.append("</tbody></table>\n");
    }
    html.append("</section>\n");
  }

  private static void errors(AnalysisResult result, StringBuilder html) {
    if (result.errors().isEmpty()) {
      return;
    }
    html.append("<section id=\"errors\"><h2>Files that could not be analysed (").append(result.errors().size())
        .append(")</h2>\n<table class=\"stack\"><thead><tr><th>File</th><th>Reason</th></tr></thead>\n<tbody>\n");
    for (ProcessingError e : result.errors()) {
      html.append("<tr>");
      cell(html, "File", "<span class=\"path\">" + escape(e.path()) + ":" + Math.max(1, e.line()) + "</span>");
      cell(html, "Reason", escape(e.message()));
      html.append("</tr>\n");
    }
    html.append("</tbody></table></section>\n");
  }

  /** A table cell that names its column, so that a phone can show the row as a stack. */
  private static void cell(StringBuilder html, String column, String content) {
    html.append("<td data-label=\"").append(escape(column)).append("\">").append(content).append("</td>");
  }

  private static String loadCss() {
    try (InputStream in = HtmlReporter.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("missing report.css");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
