package io.github.regexguard.extract.sql;

import java.util.List;

/**
 * One concrete rewrite of a SQL predicate: what the query compares afterwards and the DDL it relies on.
 *
 * @param kind the strategy
 * @param predicate the rewritten predicate in the query's own language (SQL, JPQL or HQL)
 * @param ddl the statements to run first, verbatim, each ending with {@code ;}
 * @param note how to bind the value, or what the strategy assumes
 */
public record SqlRewritePlan(SqlRewriteKind kind, String predicate, List<String> ddl, String note) {

  public SqlRewritePlan {
    ddl = List.copyOf(ddl);
  }

  /** One line for a finding's message. */
  public String render() {
    StringBuilder line = new StringBuilder(predicate);
    if (!note.isEmpty()) {
      line.append("  (").append(note).append(')');
    }
    if (!ddl.isEmpty()) {
      line.append(" with ").append(String.join(" ", ddl));
    }
    return line.toString();
  }
}
