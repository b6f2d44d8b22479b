package io.github.regexguard.extract.sql;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.SqlDialect;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.PatternShape;
import java.util.Optional;

/**
 * A relational predicate built with a Java query API, ready to emit.
 *
 * @param column the column as the code names it ({@code root.get("email")}, {@code USERS.EMAIL})
 * @param columnName the column's database name
 * @param table the table, when known
 * @param fold {@code lower} or {@code upper} when the API or the code folds the column's case
 * @param operator how it compares
 * @param shape what an index can make of it
 * @param keyword the SQL operator the API generates: {@code =}, {@code LIKE}, {@code ~}
 * @param value the compared value as written in Java
 */
public record BuiltPredicate(String column, String columnName, Optional<String> table, Optional<String> fold,
    Operator operator, PatternShape shape, String keyword, String value) {

  /**
   * The predicate for the rules, with rewrites in the API's own terms.
   *
   * @param equality the API's equality on the plain column, {@code %s} for the value
   * @param prefix the API's prefix match on the plain column, {@code %s} for the value
   * @param escaping how to escape a run-time LIKE value in this API
   */
  public QueryPredicate toPredicate(ExtractionContext context, String frontEnd, Node offending, SourceRange location,
      String equality, String prefix, String escaping) {
    SqlMatch match = SqlMatch.built(columnName, table, fold, operator, shape, keyword, value);
    SqlDialect dialect = dialect(context);
    SqlRewrites sql = new SqlRewrites(match, table.orElse("<table>"), columnName, dialect, Optional.of(value));
    String code = offending instanceof MethodDeclaration method ? method.getNameAsString()
        : ExtractionContext.normalisedCode(offending);
    return new QueryPredicate(Store.SQL, new FieldRef(column, Optional.of(columnName), table), operator, shape,
        location, ExtractionContext.rangeOf(offending), code, frontEnd,
        new CodeRewrites(sql, equality, prefix, code, escaping));
  }

  /** The project's dialect, unless the file imports a driver that says otherwise. */
  public static SqlDialect dialect(ExtractionContext context) {
    return SqlDialects.fromImports(context.unit().getImports().stream().map(ImportDeclaration::getNameAsString)
        .toList()).or(() -> context.project().sqlDialect()).orElse(SqlDialect.GENERIC);
  }
}
