package io.github.regexguard.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.fold.SourceFacts;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.resolve.ProjectModel;
import io.github.regexguard.source.Imports;
import java.util.function.Consumer;

/** What a front end may use while it extracts predicates from one file. */
public final class ExtractionContext {

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

  /** Source text with runs of whitespace folded to one space. */
  public static String normalisedCode(Node node) {
    return node.toString().replaceAll("\\s+", " ").trim();
  }
}
