package io.github.regexguard.extract.sql;

import io.github.regexguard.extract.JavaSnippets;
import io.github.regexguard.model.Problem;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Rewrite;
import io.github.regexguard.model.RewriteRenderer;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.resolve.IndexEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites of a predicate built with a Java query API (JPA Criteria, jOOQ, QueryDSL), written with
 * the code's own calls and names; the DDL comes from the same {@link SqlRewrites} plans as for SQL text.
 *
 * @param sql the SQL view of the predicate, for the DDL and the index guard
 * @param equality the API's equality on the plain column, {@code %s} standing for the value,
 *     e.g. {@code USERS.EMAIL.eq(%s)}
 * @param prefix the API's prefix match on the plain column, e.g. {@code USERS.EMAIL.startsWith(%s)}
 * @param code the flagged expression as written
 * @param escaping how this API escapes a run-time value for LIKE
 */
public record CodeRewrites(SqlRewrites sql, String equality, String prefix, String code, String escaping)
    implements RewriteRenderer {

  @Override
  public Rewrite rewrite(Problem problem, QueryPredicate predicate) {
    List<String> lines = new ArrayList<>();
    for (SqlRewritePlan plan : sql.plans(problem)) {
      render(plan, predicate.shape()).ifPresent(lines::add);
    }
    if (problem == Problem.UNANCHORED_MATCH) {
      lines.add("store the part you search for in its own indexed column (e.g. " + sql.dbColumn()
          + "_domain) and compare it with " + String.format(equality, "…"));
    }
    if (lines.isEmpty()) {
      return Rewrite.of(String.format(equality, "value") + " on a normalised value");
    }
    return new Rewrite(lines.get(0), lines.subList(1, lines.size()));
  }

  @Override
  public Optional<IndexEntry> servingIndex(QueryPredicate predicate, List<IndexEntry> indexes) {
    return sql.servingIndex(predicate, indexes);
  }

  private Optional<String> render(SqlRewritePlan plan, PatternShape shape) {
    String ddl = plan.ddl().isEmpty() ? "" : " with " + String.join(" ", plan.ddl());
    String value = value(shape);
    return switch (plan.kind()) {
      case NORMALISE_ON_WRITE -> Optional.of(String.format(equality, lowerCased(valueText(shape)))
          + "  (store " + sql.dbColumn() + " lower-cased)");
      case DROP_CASE_FOLD -> Optional.of(String.format(equality, value) + "  (" + plan.note() + ")");
      case CITEXT, NONDETERMINISTIC_COLLATION -> Optional.of(String.format(equality, value) + "  (" + plan.note() + ")"
          + ddl);
      case PLAIN_EQUALITY -> Optional.of(String.format(equality, value) + "  (plain equality)");
      case PATTERN_OPS_PREFIX -> Optional.of(String.format(prefix, lowerCased(shape.prefix()))
          + "  (store " + sql.dbColumn() + " lower-cased)" + ddl);
      case EXPRESSION_INDEX, EXPRESSION_PATTERN_OPS_PREFIX, TRIGRAM ->
          Optional.of("keep " + code + " and add the index it needs:" + ddl.substring(" with".length()));
      case ESCAPED_INPUT -> Optional.of(escaping);
      case REVERSED_SUFFIX_INDEX -> Optional.empty();
    };
  }

  /** The value lower-cased, replacing rather than stacking a case conversion the code already does. */
  private static String lowerCased(PatternText value) {
    if (value.parts().size() == 1 && value.parts().get(0) instanceof PatternPart.Dynamic d) {
      return SqlRewrites.withoutCaseFolding(d.source()) + ".toLowerCase(Locale.ROOT)";
    }
    return JavaSnippets.lowerCasedValue(value);
  }

  private static String value(PatternShape shape) {
    return JavaSnippets.valueExpression(valueText(shape));
  }

  private static PatternText valueText(PatternShape shape) {
    return shape.exactValue().orElse(shape.prefix());
  }
}
