package io.github.regexguard.extract.sql;

import com.github.javaparser.ast.expr.Expression;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.model.Anchoring;
import io.github.regexguard.model.Operator;
import io.github.regexguard.SqlDialect;
import io.github.regexguard.pattern.LikeShapes;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternScanner;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.pattern.RegexFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL shapes that query APIs generate for their string methods (jOOQ, QueryDSL). */
public final class ApiPatterns {

  private ApiPatterns() {}

  /** {@code lower(col) = lower(v)}. */
  public static PatternShape caseFoldedEquality(Expression value, String written, ExpressionFolder folder) {
    return new PatternShape(Anchoring.EXACT, PatternText.literal(""), Optional.of(folder.fold(value)), true, false,
        false, List.of(), PatternText.literal(written));
  }

  /** A {@code LIKE} pattern the code writes itself. */
  public static PatternShape like(Expression pattern, boolean caseInsensitive, ExpressionFolder folder) {
    return LikeShapes.scanLike(folder.fold(pattern), caseInsensitive);
  }

  /**
   * A {@code LIKE} the API builds around a value it escapes: {@code contains} is {@code '%' || v || '%'},
   * {@code startsWith} is {@code v || '%'}, {@code endsWith} is {@code '%' || v}.
   */
  public static PatternShape escapedLike(Expression value, boolean leading, boolean trailing, boolean caseInsensitive,
      ExpressionFolder folder) {
    List<PatternPart> parts = new ArrayList<>();
    if (leading) {
      parts.add(new PatternPart.Literal("%"));
    }
    Optional<String> constant = folder.constantString(value);
    parts.add(constant.<PatternPart>map(c -> new PatternPart.Literal(c.replace("%", "").replace("_", "")))
        .orElseGet(() -> new PatternPart.Dynamic(value.toString(), true)));
    if (trailing) {
      parts.add(new PatternPart.Literal("%"));
    }
    return LikeShapes.scanLike(new PatternText(parts), caseInsensitive);
  }

  /** A regex match: PostgreSQL {@code ~}, which MySQL runs as {@code REGEXP}, never indexed. */
  public static PatternShape regex(Expression pattern, boolean caseInsensitive, ExpressionFolder folder) {
    return SqlPredicates.withoutEmptyPrefix(PatternScanner.scanRegex(folder.fold(pattern),
        RegexFlags.NONE.withCaseInsensitive(caseInsensitive)));
  }

  public static Operator regexOperator(SqlDialect dialect) {
    return dialect == SqlDialect.MYSQL ? Operator.NEVER_INDEXED_REGEX : Operator.REGEX;
  }
}
