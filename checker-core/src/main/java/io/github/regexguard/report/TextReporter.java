package io.github.regexguard.report;

import io.github.regexguard.AnalysisResult;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.ProcessingError;
import java.io.IOException;
import java.io.Writer;

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

  public static String summary(AnalysisResult result) {
    long errors = result.findings().stream().filter(f -> f.level() == io.github.regexguard.model.Level.ERROR).count();
    long warnings = result.findings().stream().filter(f -> f.level() == io.github.regexguard.model.Level.WARNING).count();
    long notes = result.findings().size() - errors - warnings;
    return String.format("regexguard: %d error%s, %d warning%s, %d note%s in %d files (%d parsed, %d lines, %d ms)%s",
        errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", notes, notes == 1 ? "" : "s",
        result.statistics().filesDiscovered(), result.statistics().filesParsed(), result.statistics().lines(),
        result.statistics().millis(),
        result.errors().isEmpty() ? "" : "; " + result.errors().size() + " file(s) could not be analysed");
  }
}
