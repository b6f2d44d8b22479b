package io.github.regexguard.extract;

import com.github.javaparser.JavaToken;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.fold.SourceFacts;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.resolve.ProjectModel;
import io.github.regexguard.source.Imports;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;

/** What a front end may use while it extracts predicates from one file. */
public final class ExtractionContext {

  private static final int LONGEST_CODE = 2000;

  private final String path;
  private final CompilationUnit unit;
  private final ProjectModel project;
  private final ExpressionFolder folder;
  private final Consumer<QueryPredicate> sink;

  public ExtractionContext(String path, CompilationUnit unit, ProjectModel project, Consumer<QueryPredicate> sink) {
    this.path = path;
    this.unit = unit;
    this.project = project;
    this.folder = new ExpressionFolder(project.constants());
    this.sink = sink;
  }

  /** The file's path relative to the scan root. */
  public String path() {
    return path;
  }

  public CompilationUnit unit() {
    return unit;
  }

  public Imports imports() {
    return SourceFacts.importsOf(unit);
  }

  public ExpressionFolder folder() {
    return folder;
  }

  public ProjectModel project() {
    return project;
  }

  public void emit(QueryPredicate predicate) {
    sink.accept(predicate);
  }

  /** The range of a node, or line 1 when the parser did not record one. */
  public static SourceRange rangeOf(Node node) {
    return node.getRange().map(SourceRange::of).orElse(SourceRange.at(1, 1));
  }

  /**
   * Source text with runs of whitespace folded to one space. An expression of more than
   * {@value #LONGEST_CODE} tokens (the last call of a generated chain of thousands) is shown by its
   * first and last tokens only: printing it whole for every predicate in it would be quadratic.
   */
  public static String normalisedCode(Node node) {
    Optional<TokenRange> tokens = node.getTokenRange();
    if (tokens.isPresent() && longerThan(tokens.get(), LONGEST_CODE)) {
      return abbreviated(tokens.get());
    }
    return node.toString().replaceAll("\\s+", " ").trim();
  }

  private static boolean longerThan(TokenRange range, int limit) {
    JavaToken token = range.getBegin();
    for (int i = 0; i < limit; i++) {
      if (token == range.getEnd()) {
        return false;
      }
      Optional<JavaToken> next = token.getNextToken();
      if (next.isEmpty()) {
        return false;
      }
      token = next.get();
    }
    return true;
  }

  private static String abbreviated(TokenRange range) {
    int half = LONGEST_CODE / 4;
    Deque<String> head = new ArrayDeque<>();
    JavaToken token = range.getBegin();
    for (int i = 0; i < half && token != null; i++) {
      head.addLast(token.getText());
      token = token.getNextToken().orElse(null);
    }
    Deque<String> tail = new ArrayDeque<>();
    token = range.getEnd();
    for (int i = 0; i < half && token != null; i++) {
      tail.addFirst(token.getText());
      token = token.getPreviousToken().orElse(null);
    }
    String text = String.join("", head) + " … " + String.join("", tail);
    return text.replaceAll("\\s+", " ").trim();
  }
}
