package io.github.regexguard.extract.sql;

import io.github.regexguard.model.Operator;
import io.github.regexguard.pattern.PatternShape;
import java.util.Optional;

/**
 * One predicate found in SQL, JPQL or HQL text.
 *
 * @param column the column as written, e.g. {@code u.email}
 * @param columnName its last segment without quotes, e.g. {@code email}
 * @param source the table or entity it belongs to as written in the query's {@code FROM}, if known
 * @param fold {@code lower} or {@code upper} when the column is wrapped in a case-folding function
 * @param operator how it compares
 * @param shape what an index can make of it
 * @param keyword the operator as written: {@code =}, {@code LIKE}, {@code NOT ILIKE}, {@code ~*}, {@code SIMILAR TO}...
 * @param predicate the whole predicate, e.g. {@code lower(email) = lower(?)}
 * @param value the compared value or pattern as written, e.g. {@code lower(?)}
 * @param offset where the predicate starts in {@link SqlSource#original()}
 */
public record SqlMatch(
    String column,
    String columnName,
    Optional<String> source,
    Optional<String> fold,
    Operator operator,
    PatternShape shape,
    String keyword,
    String predicate,
    String value,
    int offset) {

  /** A predicate built by a Java query API rather than written as text. */
  public static SqlMatch built(String column, Optional<String> table, Optional<String> fold, Operator operator,
      PatternShape shape, String keyword, String value) {
    String columnExpression = fold.map(f -> f + "(" + column + ")").orElse(column);
    return new SqlMatch(column, column, table, fold, operator, shape, keyword,
        columnExpression + " " + keyword + " " + value, value, 0);
  }

  /** {@code NOT LIKE}, {@code !~}, {@code NOT SIMILAR TO}: no index serves a negated pattern. */
  public boolean negated() {
    return keyword.startsWith("NOT") || keyword.startsWith("!");
  }

  /** The column wrapped as the query wraps it: {@code lower(email)}, or the column itself. */
  public String columnExpression() {
    return fold.map(f -> f + "(" + column + ")").orElse(column);
  }
}
