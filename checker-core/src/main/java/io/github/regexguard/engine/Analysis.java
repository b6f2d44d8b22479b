package io.github.regexguard.engine;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.Statistics;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.resolve.ProjectModel;
import io.github.regexguard.resolve.SourceTree;
import io.github.regexguard.rules.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** One run of the pipeline: discover, prefilter, parse, extract, rules, sort. */
public final class Analysis {

  static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::path)
      .thenComparingInt(f -> f.location().beginLine())
      .thenComparingInt(f -> f.location().beginColumn())
      .thenComparing(Finding::ruleId);

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
    ProjectModel project = ProjectModel.of(tree, request.identityFields(), request.indexedFields(),
        request.sqlDialect());
    RuleRunner runner = new RuleRunner(rules, request.ruleLevels(), project);
    FileAnalyzer analyzer = new FileAnalyzer(project, frontEnds, request.encoding(), request.maxFileBytes());

    List<FileAnalyzer.Outcome> outcomes = analyzeAll(files, analyzer);
    List<ProcessingError> errors = new ArrayList<>(discovery.errors());
    Map<String, Finding> findings = new LinkedHashMap<>();
    long lines = 0;
    int parsed = 0;
    for (FileAnalyzer.Outcome outcome : outcomes) {
      errors.addAll(outcome.errors());
      for (QueryPredicate predicate : outcome.predicates()) {
        judge(runner, outcome.path(), predicate, findings, errors);
      }
      lines += outcome.lines();
      parsed += outcome.parsed() ? 1 : 0;
    }
    List<Finding> sorted = new ArrayList<>(findings.values());
    sorted.sort(FINDING_ORDER);
    errors.sort(Comparator.comparing(ProcessingError::path).thenComparingInt(ProcessingError::line));
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new AnalysisResult(Analyzer.version(), runner.infos(), sorted, errors,
        new Statistics(files.size(), parsed, lines, millis));
  }

  /**
   * Applies the rules to one predicate. They run after every file is read, so the index catalog is
   * built (on the first predicate) from syntax trees the scan already parsed.
   */
  private static void judge(RuleRunner runner, String path, QueryPredicate predicate, Map<String, Finding> findings,
      List<ProcessingError> errors) {
    try {
      for (Finding f : runner.run(path, predicate)) {
        findings.putIfAbsent(f.ruleId() + "\u0000" + f.path() + "\u0000" + f.location(), f);
      }
    } catch (RuntimeException | StackOverflowError e) {
      errors.add(new ProcessingError(path, predicate.location().beginLine(),
          "internal error while applying the rules (" + e.getClass().getSimpleName() + "); please report it"));
    }
  }

  private List<FileAnalyzer.Outcome> analyzeAll(List<Path> files, FileAnalyzer analyzer) {
    if (request.threads() <= 1 || files.size() < 2) {
      List<FileAnalyzer.Outcome> outcomes = new ArrayList<>(files.size());
      for (Path file : files) {
        outcomes.add(analyzer.analyze(file, PathNames.relative(request.baseDirectory(), file)));
      }
      return outcomes;
    }
    ExecutorService pool = Executors.newFixedThreadPool(request.threads(), runnable -> {
      Thread thread = new Thread(null, runnable, "regexguard-worker", 16L * 1024 * 1024);
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<FileAnalyzer.Outcome>> futures = new ArrayList<>(files.size());
      for (Path file : files) {
        String path = PathNames.relative(request.baseDirectory(), file);
        futures.add(pool.submit(() -> analyzer.analyze(file, path)));
      }
      List<FileAnalyzer.Outcome> outcomes = new ArrayList<>(files.size());
      for (Future<FileAnalyzer.Outcome> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
