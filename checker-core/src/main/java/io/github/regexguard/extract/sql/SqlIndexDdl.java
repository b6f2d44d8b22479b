package io.github.regexguard.extract.sql;

import io.github.regexguard.SqlDialect;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The DDL regexguard suggests for one column, exactly as the messages print it and as the
 * PostgreSQL plan tests apply it.
 *
 * @param table the table, or {@code <table>} when it is not known
 * @param column the column
 * @param dialect the database the DDL is written for
 */
public record SqlIndexDdl(String table, String column, SqlDialect dialect) {

  /** The nondeterministic, case-insensitive ICU collation the collation rewrite creates. */
  public static final String CI_COLLATION = "case_insensitive";

  /** Table names JPA derives that PostgreSQL and MySQL reserve, which DDL must quote. */
  private static final Set<String> RESERVED = Set.of("user", "order", "group", "table", "select", "where", "from",
      "limit", "offset", "check", "column", "default", "grant", "references", "primary", "foreign", "key", "index");

  /** An index on {@code fold(column)}; MySQL writes a functional key part in double parentheses. */
  public String expressionIndex(String fold) {
    String expression = fold + "(" + column + ")";
    return "CREATE INDEX " + indexName(fold) + " ON " + quotedTable() + " ("
        + (dialect == SqlDialect.MYSQL ? "(" + expression + ")" : expression) + ");";
  }

  /** A B-tree that serves {@code LIKE} prefixes under any collation, on the column or on {@code fold(column)}. */
  public String patternOps(Optional<String> fold) {
    String expression = fold.map(f -> f + "(" + column + ")").orElse(column);
    return "CREATE INDEX " + indexName(fold.map(f -> f + "_pattern").orElse("pattern")) + " ON " + quotedTable()
        + " (" + expression + " text_pattern_ops);";
  }

  /** A prefix index on the reversed column, for suffix searches. */
  public String reversed(boolean lowerCased) {
    String expression = lowerCased ? "reverse(lower(" + column + "))" : "reverse(" + column + ")";
    return "CREATE INDEX " + indexName("reverse") + " ON " + quotedTable() + " (" + expression
        + " text_pattern_ops);";
  }

  /** A {@code pg_trgm} GIN index on the column or on {@code fold(column)}. */
  public List<String> trigram(Optional<String> fold) {
    String expression = fold.map(f -> f + "(" + column + ")").orElse(column);
    return List.of("CREATE EXTENSION IF NOT EXISTS pg_trgm;",
        "CREATE INDEX " + indexName("trgm") + " ON " + quotedTable() + " USING gin (" + expression
            + " gin_trgm_ops);");
  }

  /** The column as PostgreSQL's case-insensitive {@code citext}; its indexes are rebuilt with the type. */
  public List<String> citext() {
    return List.of("CREATE EXTENSION IF NOT EXISTS citext;",
        "ALTER TABLE " + quotedTable() + " ALTER COLUMN " + column + " TYPE citext;");
  }

  /** The column under a nondeterministic ICU collation that ignores case. */
  public List<String> caseInsensitiveCollation() {
    return List.of("CREATE COLLATION IF NOT EXISTS " + CI_COLLATION
            + " (provider = icu, locale = 'und-u-ks-level2', deterministic = false);",
        "ALTER TABLE " + quotedTable() + " ALTER COLUMN " + column + " TYPE text COLLATE " + CI_COLLATION + ";");
  }

  /** The table as DDL must name it: a reserved word such as {@code user} is quoted. */
  private String quotedTable() {
    if (!RESERVED.contains(table.toLowerCase(Locale.ROOT))) {
      return table;
    }
    return dialect == SqlDialect.MYSQL ? "`" + table + "`" : "\"" + table + "\"";
  }

  private String indexName(String suffix) {
    String prefix = table.startsWith("<") ? "" : identifier(table) + "_";
    return prefix + identifier(column) + "_" + suffix + "_idx";
  }

  private static String identifier(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(Character.isLetterOrDigit(c) ? c : '_');
    }
    return out.toString();
  }
}
