package io.github.regexguard;

import io.github.regexguard.baseline.BaselineEntry;
import io.github.regexguard.baseline.BaselineOutcome;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.Level;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.model.SuppressedFinding;
import io.github.regexguard.model.Suppression;
import io.github.regexguard.rule.RuleInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The outcome of an analysis: findings and processing errors, each sorted by path, line and column.
 *
 * @param toolVersion regexguard's version
 * @param baseDirectory the directory report paths are relative to
 * @param rules the rules that ran, for reports
 * @param findings what was found and counts, sorted by path, line, column, rule id
 * @param suppressed findings silenced by a suppression in the code; they never count
 * @param baseline the findings a baseline hid and its entries that matched nothing; they never count
 * @param errors files that could not be read or parsed
 * @param statistics counts and time
 */
public record AnalysisResult(
    String toolVersion,
    Path baseDirectory,
    List<RuleInfo> rules,
    List<Finding> findings,
    List<SuppressedFinding> suppressed,
    BaselineOutcome baseline,
    List<ProcessingError> errors,
    Statistics statistics) {

  /** Report order: path, line, column, rule id. */
  public static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::path)
      .thenComparingInt(f -> f.location().beginLine())
      .thenComparingInt(f -> f.location().beginColumn())
      .thenComparing(Finding::ruleId);

  public AnalysisResult {
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    errors = List.copyOf(errors);
  }

  /** How many findings are at or above {@code threshold}. */
  public long countAtLeast(Level threshold) {
    return findings.stream().filter(f -> f.level().atLeast(threshold)).count();
  }

  /** How many findings have exactly {@code level}. */
  public long count(Level level) {
    return findings.stream().filter(f -> f.level() == level).count();
  }

  /** The suppressions that silenced something without saying why, each once, in file order. */
  public List<Suppression> unexplainedSuppressions() {
    LinkedHashSet<Suppression> unexplained = new LinkedHashSet<>();
    for (SuppressedFinding s : suppressed) {
      if (s.suppression().reason().isEmpty()) {
        unexplained.add(s.suppression());
      }
    }
    return List.copyOf(unexplained);
  }

  /**
   * One result for several runs over disjoint files with the same base directory, e.g. the modules
   * of a Maven reactor.
   */
  public static AnalysisResult merge(Path baseDirectory, List<AnalysisResult> parts) {
    List<Finding> findings = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    List<Finding> baselined = new ArrayList<>();
    List<BaselineEntry> unmatched = new ArrayList<>();
    List<ProcessingError> errors = new ArrayList<>();
    boolean baselineApplied = false;
    int discovered = 0;
    int parsed = 0;
    long lines = 0;
    long millis = 0;
    for (AnalysisResult part : parts) {
      findings.addAll(part.findings());
      suppressed.addAll(part.suppressed());
      baselined.addAll(part.baseline().baselined());
      unmatched.addAll(part.baseline().unmatched());
      baselineApplied |= part.baseline().applied();
      errors.addAll(part.errors());
      discovered += part.statistics().filesDiscovered();
      parsed += part.statistics().filesParsed();
      lines += part.statistics().lines();
      millis += part.statistics().millis();
    }
    findings.sort(FINDING_ORDER);
    suppressed.sort(Comparator.comparing(SuppressedFinding::finding, FINDING_ORDER));
    baselined.sort(FINDING_ORDER);
    errors.sort(Comparator.comparing(ProcessingError::path).thenComparingInt(ProcessingError::line));
    List<RuleInfo> rules = parts.isEmpty() ? List.of() : parts.get(0).rules();
    String version = parts.isEmpty() ? Analyzer.version() : parts.get(0).toolVersion();
    return new AnalysisResult(version, baseDirectory, rules, findings, suppressed,
        new BaselineOutcome(baselineApplied, baselined, unmatched), errors,
        new Statistics(discovered, parsed, lines, millis));
  }
}
