package io.github.regexguard;

import io.github.regexguard.model.Finding;
import io.github.regexguard.model.Level;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.rules.RuleInfo;
import java.util.List;

/**
 * The outcome of an analysis: findings and processing errors, each sorted by path, line and column.
 *
 * @param toolVersion regexguard's version
 * @param rules the rules that ran, for reports
 * @param findings what was found, sorted by path, line, column, rule id
 * @param errors files that could not be read or parsed
 * @param statistics counts and time
 */
public record AnalysisResult(
    String toolVersion,
    List<RuleInfo> rules,
    List<Finding> findings,
    List<ProcessingError> errors,
    Statistics statistics) {

  public AnalysisResult {
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
  }

  /** How many findings are at or above {@code threshold}. */
  public long countAtLeast(Level threshold) {
    return findings.stream().filter(f -> f.level().atLeast(threshold)).count();
  }
}
