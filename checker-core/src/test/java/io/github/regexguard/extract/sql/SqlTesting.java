package io.github.regexguard.extract.sql;

import io.github.regexguard.SqlDialect;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.model.Store;
import java.util.List;
import java.util.Optional;

/** Predicates of SQL text as the SQL front end builds them, without Java around them. */
public final class SqlTesting {

  private SqlTesting() {}

  /** The predicates of {@code sql}, each with the rewrites of a native SQL string in {@code dialect}. */
  public static List<QueryPredicate> predicates(String sql, SqlParameters parameters, SqlDialect dialect) {
    return SqlPredicates.find(SqlSource.of(sql), parameters).stream().map(m -> predicate(m, dialect)).toList();
  }

  public static QueryPredicate predicate(SqlMatch match, SqlDialect dialect) {
    String table = match.source().orElse("<table>");
    SqlRewrites renderer = new SqlRewrites(match, table, match.columnName(), dialect, Optional.empty());
    return new QueryPredicate(Store.SQL,
        new FieldRef(match.column(), Optional.of(match.columnName()), match.source()), match.operator(),
        match.shape(), SourceRange.at(1, 1), SourceRange.at(1, 1), match.predicate(), "sql-test", renderer);
  }

  public static SqlRewrites rewrites(QueryPredicate predicate) {
    return (SqlRewrites) predicate.renderer();
  }
}
