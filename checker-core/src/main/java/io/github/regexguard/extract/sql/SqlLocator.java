package io.github.regexguard.extract.sql;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.StringLocator;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.model.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a predicate of a SQL string stands in the Java source: in a literal, a text block, a
 * concatenation, or a constant of the same file.
 */
final class SqlLocator {

  private static final int MAX_DEPTH = 16;

  private SqlLocator() {}

  /** The position of the text at {@code offset} of {@code sql}, the folded value of {@code expression}. */
  static SourceRange locate(Expression expression, String sql, int offset, ExpressionFolder folder) {
    String snippet = wordAt(sql, offset);
    if (snippet.isEmpty()) {
      return ExtractionContext.rangeOf(expression);
    }
    int occurrence = 0;
    for (int at = sql.indexOf(snippet); at >= 0 && at < offset; at = sql.indexOf(snippet, at + 1)) {
      occurrence++;
    }
    List<LiteralStringValueExpr> literals = new ArrayList<>();
    collect(expression, folder, literals, 0);
    int seen = 0;
    for (LiteralStringValueExpr literal : literals) {
      String text = literal instanceof TextBlockLiteralExpr block ? block.asString() : literal.getValue();
      for (int at = text.indexOf(snippet); at >= 0; at = text.indexOf(snippet, at + 1)) {
        if (seen++ == occurrence) {
          return position(literal, snippet, at);
        }
      }
    }
    return ExtractionContext.rangeOf(expression);
  }

  private static SourceRange position(LiteralStringValueExpr literal, String snippet, int at) {
    if (literal instanceof TextBlockLiteralExpr block) {
      return StringLocator.locate(block, snippet, at);
    }
    return literal.getBegin()
        .map(b -> SourceRange.at(b.line, b.column + 1 + at))
        .orElse(ExtractionContext.rangeOf(literal));
  }

  /** The string literals the value is built from, in order, following names to initializers in the same file. */
  private static void collect(Expression expression, ExpressionFolder folder, List<LiteralStringValueExpr> out,
      int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr) {
      out.add((LiteralStringValueExpr) expression);
      return;
    }
    if (expression instanceof NameExpr || expression instanceof FieldAccessExpr) {
      folder.resolve(expression).filter(r -> r != expression
              && r.findCompilationUnit().equals(expression.findCompilationUnit()))
          .ifPresent(r -> collect(r, folder, out, depth + 1));
      return;
    }
    for (var child : expression.getChildNodes()) {
      if (child instanceof Expression e) {
        collect(e, folder, out, depth + 1);
      }
    }
  }

  private static String wordAt(String sql, int offset) {
    int end = offset;
    while (end < sql.length() && isWordChar(sql.charAt(end))) {
      end++;
    }
    return sql.substring(Math.min(offset, sql.length()), end);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '"' || c == '`' || c == '$';
  }
}
