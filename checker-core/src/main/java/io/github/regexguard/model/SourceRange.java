package io.github.regexguard.model;

/** A region of a source file; lines and columns are 1-based, the end column is inclusive. */
public record SourceRange(int beginLine, int beginColumn, int endLine, int endColumn) {

  public static SourceRange at(int line, int column) {
    return new SourceRange(line, column, line, column);
  }

  public static SourceRange of(com.github.javaparser.Range range) {
    return new SourceRange(range.begin.line, range.begin.column, range.end.line, range.end.column);
  }
}
