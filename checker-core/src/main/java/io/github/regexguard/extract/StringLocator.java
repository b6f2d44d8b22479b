package io.github.regexguard.extract;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import io.github.regexguard.model.SourceRange;

/** Finds where a piece of text inside a string-valued expression stands in the source file. */
public final class StringLocator {

  private StringLocator() {}

  /**
   * The position of {@code token}, found at {@code offset} of the folded value of {@code expression}.
   * Falls back to the first literal containing the token, then to the expression itself.
   */
  public static SourceRange locate(Expression expression, String token, int offset) {
    if (expression instanceof TextBlockLiteralExpr block && block.getBegin().isPresent()) {
      String value = block.asString();
      int upTo = Math.min(Math.max(offset, 0), value.length());
      int line = block.getBegin().get().line + 1;
      int lineStart = 0;
      for (int i = 0; i < upTo; i++) {
        if (value.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = block.getBegin().get().column + (upTo - lineStart);
      return SourceRange.at(line, column);
    }
    for (TextBlockLiteralExpr block : expression.findAll(TextBlockLiteralExpr.class)) {
      if (block.asString().contains(token)) {
        return locate(block, token, block.asString().indexOf(token));
      }
    }
    for (StringLiteralExpr literal : expression.findAll(StringLiteralExpr.class)) {
      int at = literal.getValue().indexOf(token);
      if (at >= 0 && literal.getBegin().isPresent()) {
        var begin = literal.getBegin().get();
        return SourceRange.at(begin.line, begin.column + 1 + at);
      }
    }
    return ExtractionContext.rangeOf(expression);
  }
}
