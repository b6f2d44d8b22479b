package io.github.regexguard.report;

import io.github.regexguard.AnalysisResult;
import io.github.regexguard.baseline.BaselineEntry;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.Level;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.model.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Compiler-style text, one block per finding, clickable in IDEs and terminals. */
public final class TextReporter implements Reporter {

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String fileName() {
    return "regexguard.txt";
  }

  @Override
  public void write(AnalysisResult result, Writer out) throws IOException {
    for (Finding finding : result.findings()) {
      out.write(describe(finding));
    }
    for (ProcessingError error : result.errors()) {
      out.write(error.path() + ":" + Math.max(1, error.line()) + ": error: [ProcessingError] " + error.message() + "\n");
    }
    for (String line : notes(result)) {
      out.write(line + "\n");
    }
    out.write(summary(result) + "\n");
  }

  /** One finding as {@code path:line:col: level: [RuleId] message} followed by its rewrites. */
  public static String describe(Finding finding) {
    StringBuilder out = new StringBuilder();
    out.append(finding.path()).append(':').append(finding.location().beginLine()).append(':')
        .append(finding.location().beginColumn()).append(": ").append(finding.level().id()).append(": [")
        .append(finding.ruleId()).append("] ").append(finding.message()).append('\n');
    out.append("  rewrite: ").append(finding.rewrite().primary()).append('\n');
    for (String alternative : finding.rewrite().alternatives()) {
      out.append("       or: ").append(alternative).append('\n');
    }
    return out.toString();
  }

  /** Suppressions without a reason and baseline entries that match nothing, one line each. */
  public static List<String> notes(AnalysisResult result) {
    List<String> lines = new ArrayList<>();
    for (Suppression s : result.unexplainedSuppressions()) {
      lines.add(s.path() + ":" + s.line() + ": note: [UnexplainedSuppression] " + s.how()
          + " gives no reason; add \"-- reason\"");
    }
    for (BaselineEntry e : result.baseline().unmatched()) {
      lines.add(e.path() + ": note: [UnmatchedBaselineEntry] the baseline entry [" + e.ruleId() + "] " + e.code()
          + " no longer matches anything; remove it from the baseline");
    }
    return lines;
  }

  public static String summary(AnalysisResult result) {
    long errors = result.count(Level.ERROR);
    long warnings = result.count(Level.WARNING);
    long notes = result.count(Level.NOTE);
    List<String> setAside = new ArrayList<>();
    if (!result.suppressed().isEmpty()) {
      setAside.add(result.suppressed().size() + " suppressed");
    }
    if (result.baseline().applied()) {
      setAside.add(result.baseline().baselined().size() + " baselined");
    }
    int files = result.statistics().filesDiscovered();
    return String.format("regexguard: %d error%s, %d warning%s, %d note%s%s in %d file%s (%d parsed, %d lines, %d ms)%s",
        errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", notes, notes == 1 ? "" : "s",
        setAside.isEmpty() ? "" : " (" + String.join(", ", setAside) + ")",
        files, files == 1 ? "" : "s", result.statistics().filesParsed(), result.statistics().lines(),
        result.statistics().millis(),
        result.errors().isEmpty() ? "" : "; " + result.errors().size() + " file(s) could not be analysed");
  }
}
