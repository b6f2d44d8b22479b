package io.github.regexguard.engine;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.Statistics;
import io.github.regexguard.baseline.Baseline;
import io.github.regexguard.baseline.BaselineOutcome;
import io.github.regexguard.SqlDialect;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.sql.SqlDialects;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.SuppressedFinding;
import io.github.regexguard.model.Suppression;
import io.github.regexguard.resolve.ProjectModel;
import io.github.regexguard.resolve.SourceTree;
import io.github.regexguard.rule.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One run of the pipeline: discover, prefilter, parse, extract, rules, sort. */
public final class Analysis {

  private final AnalysisRequest request;
  private final List<FrontEnd> frontEnds;
  private final List<Rule> rules;

  public Analysis(AnalysisRequest request, List<FrontEnd> frontEnds, List<Rule> rules) {
    this.request = request;
    this.frontEnds = frontEnds;
    this.rules = rules;
  }

  public AnalysisResult run() {
    long start = System.nanoTime();
    FileDiscovery discovery = new FileDiscovery(request);
    List<Path> files = discovery.discover();
    SourceTree tree = new SourceTree(new KnowledgeDiscovery(request)::discover, request.encoding(),
        request.maxFileBytes());
    Optional<SqlDialect> dialect = request.sqlDialect()
        .or(() -> Optional.of(SqlDialects.guess(request.baseDirectory(), request.paths())));
    ProjectModel project = ProjectModel.of(tree, request.identityFields(), request.indexedFields(), dialect);
    RuleRunner runner = new RuleRunner(rules, request.ruleLevels(), project);
    FileAnalyzer analyzer = new FileAnalyzer(project, frontEnds, request.encoding(), request.maxFileBytes(),
        request.sources());

    List<Path> reported = files.stream().filter(request::reports).toList();
    List<FileAnalyzer.Outcome> outcomes = analyzeAll(reported, analyzer);
    List<ProcessingError> errors = new ArrayList<>(discovery.errors());
    Map<String, Finding> findings = new LinkedHashMap<>();
    Map<String, SuppressedFinding> suppressed = new LinkedHashMap<>();
    long lines = 0;
    int parsed = 0;
    for (FileAnalyzer.Outcome outcome : outcomes) {
      errors.addAll(outcome.errors());
      for (QueryPredicate predicate : outcome.predicates()) {
        judge(runner, outcome, predicate, findings, suppressed, errors);
      }
      lines += outcome.lines();
      parsed += outcome.parsed() ? 1 : 0;
    }
    List<Finding> sorted = new ArrayList<>(findings.values());
    sorted.sort(AnalysisResult.FINDING_ORDER);
    List<SuppressedFinding> silenced = new ArrayList<>(suppressed.values());
    silenced.sort(Comparator.comparing(SuppressedFinding::finding, AnalysisResult.FINDING_ORDER));
    BaselineOutcome baseline = BaselineOutcome.NONE;
    if (request.baseline().isPresent()) {
      Baseline.Applied applied = request.baseline().get().apply(sorted, this::inScope);
      sorted = applied.remaining();
      baseline = applied.outcome();
    }
    errors.removeIf(e -> !inScope(e.path()));
    errors.sort(Comparator.comparing(ProcessingError::path).thenComparingInt(ProcessingError::line));
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new AnalysisResult(Analyzer.version(), request.baseDirectory(), runner.infos(), sorted, silenced,
        baseline, errors, new Statistics(files.size(), parsed, lines, millis));
  }

  /**
   * Applies the rules to one predicate and the file's suppressions to their findings. The rules run
   * after every file is read, so the index catalog (built on the first predicate) reuses the syntax
   * trees the scan parsed.
   */
  private static void judge(RuleRunner runner, FileAnalyzer.Outcome outcome, QueryPredicate predicate,
      Map<String, Finding> findings, Map<String, SuppressedFinding> suppressed, List<ProcessingError> errors) {
    try {
      for (Finding finding : runner.run(outcome.path(), predicate)) {
        Optional<Suppression> by = outcome.suppressions().flatMap(s -> s.find(finding));
        if (by.isPresent()) {
          suppressed.putIfAbsent(key(finding), new SuppressedFinding(finding, by.get()));
        } else {
          findings.putIfAbsent(key(finding), finding);
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      errors.add(new ProcessingError(outcome.path(), predicate.location().beginLine(),
          "internal error while applying the rules (" + e.getClass().getSimpleName() + "); please report it"));
    }
  }

  private static String key(Finding f) {
    return f.ruleId() + "\u0000" + f.path() + "\u0000" + f.location();
  }

  /**
   * Whether a report path belongs to this run: one of the reported files, or anywhere under the
   * scanned paths when all files are reported.
   */
  private boolean inScope(String path) {
    Path file = request.baseDirectory().resolve(path).normalize();
    if (request.reportOnly().isPresent()) {
      return request.reports(file);
    }
    return request.paths().stream().anyMatch(root -> file.startsWith(request.baseDirectory().resolve(root).normalize()));
  }

  private List<FileAnalyzer.Outcome> analyzeAll(List<Path> files, FileAnalyzer analyzer) {
    List<String> paths = files.stream().map(f -> PathNames.relative(request.baseDirectory(), f)).toList();
    return new FileWorkers<>(request.threads(), request.fileTimeLimit(), new FileWorkers.FileTask<FileAnalyzer.Outcome>() {
      @Override
      public FileAnalyzer.Outcome analyze(int index) {
        return analyzer.analyze(files.get(index), paths.get(index));
      }

      @Override
      public FileAnalyzer.Outcome timedOut(int index) {
        return FileAnalyzer.timedOut(paths.get(index), request.fileTimeLimit());
      }
    }).run(files.size());
  }
}
