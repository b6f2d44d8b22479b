package io.github.regexguard.engine;

import com.github.javaparser.ast.CompilationUnit;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.resolve.ProjectModel;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads, prefilters, parses and analyses one file; every failure becomes a processing error. */
final class FileAnalyzer {

  private static final long MB = 1024 * 1024;

  /**
   * What one file produced. Its predicates are judged by the rules once every file is read, when the
   * project model has learned from all of them; its suppressions are applied to those findings.
   */
  record Outcome(String path, List<QueryPredicate> predicates, Optional<Suppressions> suppressions,
      List<ProcessingError> errors, long lines, boolean parsed) {}

  private final ProjectModel project;
  private final List<FrontEnd> frontEnds;
  private final Prefilter prefilter;
  private final Charset encoding;
  private final long maxFileBytes;
  private final SourceProvider sources;
  private final ThreadLocal<SourceParser> parsers = ThreadLocal.withInitial(SourceParser::new);
  private final HeapBudget heap = HeapBudget.ofHeap();

  FileAnalyzer(ProjectModel project, List<FrontEnd> frontEnds, Charset encoding, long maxFileBytes,
      SourceProvider sources) {
    this.project = project;
    this.frontEnds = frontEnds;
    this.prefilter = new Prefilter(frontEnds);
    this.encoding = encoding;
    this.maxFileBytes = maxFileBytes;
    this.sources = sources;
  }

  Outcome analyze(Path file, String path) {
    try {
      return analyzeOrFail(file, path);
    } catch (StackOverflowError e) {
      return failed(path, 1, "skipped: too deeply nested to analyse");
    } catch (OutOfMemoryError e) {
      return failed(path, 1, "skipped: too large to analyse in the available memory");
    } catch (Cancellation.CancelledException e) {
      return failed(path, 1, "skipped: analysis cancelled");
    } catch (RuntimeException | LinkageError | AssertionError e) {
      return failed(path, 1, "internal error while analysing (" + e.getClass().getSimpleName() + "); please report it");
    }
  }

  /** The outcome of a file that ran out of time. */
  static Outcome timedOut(String path, Duration limit) {
    long millis = limit.toMillis();
    String shown = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    return failed(path, 1, "skipped: analysis took longer than the limit of " + shown + " per file");
  }

  private Outcome analyzeOrFail(Path file, String path) {
    byte[] bytes;
    try {
      long size = sources.size(file);
      if (size > maxFileBytes) {
        return failed(path, 1, "skipped: " + size + " bytes is larger than the limit of " + maxFileBytes);
      }
      bytes = sources.read(file);
    } catch (AccessDeniedException e) {
      return failed(path, 0, "cannot read: permission denied");
    } catch (IOException e) {
      return failed(path, 0, "cannot read: " + e.getClass().getSimpleName().replace("Exception", ""));
    }
    String text;
    try {
      text = SourceText.decode(bytes, encoding);
    } catch (SourceText.DecodingException e) {
      if (SourceText.looksBinary(bytes)) {
        return failed(path, 1, "skipped: binary content, not Java source");
      }
      return failed(path, e.line(), e.getMessage());
    }
    if (SourceText.looksBinary(text)) {
      return failed(path, 1, "skipped: binary content, not Java source");
    }
    long lines = SourceText.countLines(text);
    if (!prefilter.mayMatch(text)) {
      return new Outcome(path, List.of(), Optional.empty(), List.of(), lines, false);
    }
    long need = HeapBudget.need(text.length());
    if (!heap.fits(need)) {
      return new Outcome(path, List.of(), Optional.empty(), List.of(new ProcessingError(path, 1,
          "skipped: too large to analyse in this heap (about " + need / MB + " MB needed, " + heap.capacity() / MB
              + " MB usable; raise -Xmx)")), lines, false);
    }
    heap.acquire(need);
    try {
      SourceParser.Parsed parsed = parsers.get().parse(text);
      if (parsed.unit().isEmpty()) {
        return new Outcome(path, List.of(), Optional.empty(),
            List.of(new ProcessingError(path, parsed.errorLine(), parsed.errorMessage())), lines, true);
      }
      CompilationUnit unit = parsed.unit().get();
      Outcome outcome = analyze(unit, path, text, lines);
      project.learnFrom(file, text, unit);
      return outcome;
    } finally {
      heap.release(need);
    }
  }

  /** Extracts predicates and collects suppressions in one walk; the rules run later (see {@link Outcome}). */
  private Outcome analyze(CompilationUnit unit, String path, String text, long lines) {
    List<QueryPredicate> predicates = new ArrayList<>();
    ExtractionContext context = new ExtractionContext(path, unit, project, predicates::add);
    Suppressions suppressions = new Suppressions(path, text);
    List<FrontEnd> walkers = prefilter.frontEndsFor(text);
    walkers.add(suppressions);
    new FrontEndDispatcher(walkers).dispatch(unit, context);
    return new Outcome(path, predicates, predicates.isEmpty() ? Optional.empty() : Optional.of(suppressions),
        List.of(), lines, true);
  }

  private static Outcome failed(String path, int line, String message) {
    return new Outcome(path, List.of(), Optional.empty(), List.of(new ProcessingError(path, line, message)), 0, false);
  }
}
