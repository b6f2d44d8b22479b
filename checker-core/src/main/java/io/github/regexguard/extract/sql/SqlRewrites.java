package io.github.regexguard.extract.sql;

import io.github.regexguard.model.Anchoring;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.Problem;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Rewrite;
import io.github.regexguard.model.RewriteRenderer;
import io.github.regexguard.SqlDialect;
import io.github.regexguard.pattern.LikeShapes;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.resolve.IndexEntry;
import io.github.regexguard.resolve.IndexKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rewrites of a predicate found in SQL, JPQL or HQL text, written back in that text's own terms,
 * with the DDL each one relies on. The same plans feed the messages and the PostgreSQL plan tests.
 *
 * @param match the predicate as found
 * @param table the table the DDL names (the entity's table for JPQL), or {@code <table>} when unknown
 * @param dbColumn the column the DDL names
 * @param dialect the project's database
 * @param boundValue the Java expression the code binds to the compared value, when it is visible
 */
public record SqlRewrites(SqlMatch match, String table, String dbColumn, SqlDialect dialect,
    Optional<String> boundValue) implements RewriteRenderer {


  @Override
  public Rewrite rewrite(Problem problem, QueryPredicate predicate) {
    List<String> lines = new ArrayList<>();
    plans(problem).forEach(plan -> lines.add(plan.render()));
    lines.addAll(advice(problem));
    if (lines.isEmpty()) {
      return Rewrite.of("compare " + match.column() + " with plain = on a normalised value");
    }
    return new Rewrite(lines.get(0), lines.subList(1, lines.size()));
  }

  /**
   * The index that serves the predicate exactly as written, when the catalog knows one: an index on
   * {@code lower(email)} for {@code lower(email) = ?} (not for {@code upper(email) = ?}), or a trigram
   * index for a contains or regex match.
   */
  @Override
  public Optional<IndexEntry> servingIndex(QueryPredicate predicate, List<IndexEntry> indexes) {
    PatternShape shape = predicate.shape();
    for (IndexEntry index : indexes) {
      String on = normalise(index.expression().orElse(index.field()));
      boolean sameExpression = on.equals(normalise(match.fold().map(f -> f + "(" + dbColumn + ")").orElse(dbColumn)));
      if (index.kind() == IndexKind.EXPRESSION && match.fold().isPresent() && sameExpression
          && match.operator() == Operator.EQ_CASE_FOLDED) {
        return Optional.of(index);
      }
      if (index.kind() == IndexKind.TRIGRAM && sameExpression && shape.anchoring() == Anchoring.NONE
          && !match.negated() && match.operator() != Operator.NEVER_INDEXED_REGEX
          && match.operator() != Operator.EQ_CASE_FOLDED) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }

  /** The rewrites for {@code problem}, best first. */
  public List<SqlRewritePlan> plans(Problem problem) {
    return switch (problem) {
      case CASE_INSENSITIVE_EQUALITY -> caseInsensitiveEquality();
      case CASE_INSENSITIVE_PREFIX -> caseInsensitivePrefix();
      case UNANCHORED_MATCH -> unanchored();
      case REGEX_EQUALITY -> regexEquality();
      case UNQUOTED_INPUT -> escapedInput();
    };
  }

  private List<SqlRewritePlan> caseInsensitiveEquality() {
    boolean membership = match.keyword().equals("IN");
    String value = membership ? withoutFolding(match.value()) : plainValue();
    String equality = match.column() + (membership ? " IN " : " = ") + value;
    String fold = match.fold().orElse("lower");
    String folded = membership ? match.predicate()
        : fold + "(" + match.column() + ") = " + fold + "(" + value + ")";
    List<SqlRewritePlan> plans = new ArrayList<>();
    if (dialect == SqlDialect.MYSQL) {
      plans.add(new SqlRewritePlan(SqlRewriteKind.DROP_CASE_FOLD, equality, List.of(),
          "a _ci collation such as MySQL's default utf8mb4_0900_ai_ci already compares case-insensitively; "
              + "the function only hides the index"));
    }
    plans.add(new SqlRewritePlan(SqlRewriteKind.NORMALISE_ON_WRITE, equality, List.of(), lowerCasedNote()));
    plans.add(new SqlRewritePlan(SqlRewriteKind.EXPRESSION_INDEX, folded, List.of(ddl().expressionIndex(fold)),
        "keeps the query; the index expression must match it exactly"));
    if (dialect != SqlDialect.MYSQL) {
      plans.add(new SqlRewritePlan(SqlRewriteKind.CITEXT, equality, ddl().citext(), "PostgreSQL"));
      plans.add(new SqlRewritePlan(SqlRewriteKind.NONDETERMINISTIC_COLLATION, equality,
          ddl().caseInsensitiveCollation(),
          "PostgreSQL 12+; LIKE on such a column needs PostgreSQL 18"));
    }
    return plans;
  }

  private List<SqlRewritePlan> caseInsensitivePrefix() {
    String value = lowerCasedLiteral(match.value());
    List<SqlRewritePlan> plans = new ArrayList<>();
    if (match.operator() == Operator.REGEX) {
      plans.add(new SqlRewritePlan(SqlRewriteKind.PATTERN_OPS_PREFIX,
          match.column() + " ~ " + lowerCasedLiteral(match.value()), List.of(ddl().patternOps(Optional.empty())),
          "a case-sensitive anchored regex on the column stored lower-cased; "
              + "text_pattern_ops unless the collation is C"));
      return plans;
    }
    if (dialect == SqlDialect.MYSQL) {
      plans.add(new SqlRewritePlan(SqlRewriteKind.DROP_CASE_FOLD, match.column() + " LIKE " + plainValue(), List.of(),
          "a _ci collation makes LIKE case-insensitive and a constant prefix uses the index"));
    }
    plans.add(new SqlRewritePlan(SqlRewriteKind.PATTERN_OPS_PREFIX, match.column() + " LIKE " + value,
        dialect == SqlDialect.MYSQL ? List.of() : List.of(ddl().patternOps(Optional.empty())),
        "store " + match.columnName() + " lower-cased and lower-case the prefix"
            + (dialect == SqlDialect.MYSQL ? "" : "; a non-C collation needs text_pattern_ops for LIKE prefixes")));
    if (dialect != SqlDialect.MYSQL) {
      plans.add(new SqlRewritePlan(SqlRewriteKind.EXPRESSION_PATTERN_OPS_PREFIX,
          fold() + "(" + match.column() + ") LIKE " + fold() + "(" + plainValue() + ")",
          List.of(ddl().patternOps(Optional.of(fold()))),
          "keeps the case folding; escape % and _ in the prefix"));
    }
    return plans;
  }

  private List<SqlRewritePlan> unanchored() {
    List<SqlRewritePlan> plans = new ArrayList<>();
    if (dialect == SqlDialect.MYSQL || match.negated()) {
      return plans;
    }
    String predicate = match.predicate();
    if (match.operator() == Operator.NEVER_INDEXED_REGEX) {
      predicate = match.columnExpression() + (match.shape().caseInsensitive() ? " ~* " : " ~ ") + match.value();
    }
    plans.add(new SqlRewritePlan(SqlRewriteKind.TRIGRAM, predicate, ddl().trigram(match.fold()),
        "PostgreSQL pg_trgm serves LIKE, ILIKE, ~ and ~* with at least three literal characters"));
    suffix().ifPresent(plans::add);
    return plans;
  }

  /** {@code LIKE '%' || x}: a suffix, which a reversed-column index turns into a prefix. */
  private Optional<SqlRewritePlan> suffix() {
    if (match.operator() != Operator.LIKE && match.operator() != Operator.ILIKE) {
      return Optional.empty();
    }
    List<PatternPart> parts = match.shape().pattern().parts();
    if (parts.size() < 2 || !(parts.get(0) instanceof PatternPart.Literal first) || !first.text().equals("%")) {
      return Optional.empty();
    }
    for (int i = 1; i < parts.size(); i++) {
      if (parts.get(i) instanceof PatternPart.Literal l && (l.text().contains("%") || l.text().contains("_"))) {
        return Optional.empty();
      }
    }
    String rest = sqlValue(new PatternText(parts.subList(1, parts.size())));
    boolean folded = match.shape().caseInsensitive();
    String column = folded ? "lower(" + match.column() + ")" : match.column();
    String searched = folded ? "lower(" + rest + ")" : rest;
    return Optional.of(new SqlRewritePlan(SqlRewriteKind.REVERSED_SUFFIX_INDEX,
        "reverse(" + column + ") LIKE reverse(" + searched + ") || '%'", List.of(ddl().reversed(folded)),
        "a suffix search as a prefix search on the reversed column"));
  }

  private List<SqlRewritePlan> regexEquality() {
    String value = match.shape().exactValue().map(SqlRewrites::sqlValue).orElse(match.value());
    return List.of(new SqlRewritePlan(SqlRewriteKind.PLAIN_EQUALITY, match.column() + " = " + value, List.of(),
        "plain equality; $ also matched before a final newline"));
  }

  private List<SqlRewritePlan> escapedInput() {
    String raw = match.shape().rawDynamicParts().stream().map(PatternPart.Dynamic::source).distinct()
        .reduce((a, b) -> a + ", " + b).orElse("the value");
    if (match.operator() == Operator.LIKE || match.operator() == Operator.ILIKE) {
      List<String> ddl = escapedShape().anchoring() == Anchoring.PREFIX && dialect != SqlDialect.MYSQL
          ? List.of(ddl().patternOps(match.fold())) : List.of();
      String keyword = match.keyword().replace("NOT ", "");
      return List.of(new SqlRewritePlan(SqlRewriteKind.ESCAPED_INPUT,
          match.columnExpression() + " " + keyword + " " + match.value() + " ESCAPE '\\'", ddl,
          "escape \\, % and _ in " + raw + " before adding wildcards: "
              + "s.replace(\"\\\\\", \"\\\\\\\\\").replace(\"%\", \"\\\\%\").replace(\"_\", \"\\\\_\")"));
    }
    return List.of(new SqlRewritePlan(SqlRewriteKind.ESCAPED_INPUT, match.predicate(), List.of(),
        "escape the regex metacharacters of " + raw + " (or compare with = when no pattern is meant)"));
  }

  /** The pattern's shape once its run-time values are escaped: {@code q + "%"} is then a prefix search. */
  private PatternShape escapedShape() {
    List<PatternPart> parts = new ArrayList<>();
    for (PatternPart part : match.shape().pattern().parts()) {
      parts.add(part instanceof PatternPart.Dynamic d ? new PatternPart.Dynamic(d.source(), true) : part);
    }
    return LikeShapes.scanLike(new PatternText(parts), match.shape().caseInsensitive());
  }

  private List<String> advice(Problem problem) {
    if (problem != Problem.UNANCHORED_MATCH) {
      return List.of();
    }
    List<String> advice = new ArrayList<>();
    if (match.negated()) {
      advice.add("a negated pattern reads every row it does not exclude: combine it with an indexed condition "
          + "that narrows the rows");
      return advice;
    }
    advice.add("store the part you search for in its own indexed column (e.g. " + dbColumn
        + "_domain) and compare it with =");
    if (dialect == SqlDialect.MYSQL) {
      advice.add("a FULLTEXT index with MATCH (" + dbColumn + ") AGAINST (?) for word search");
    }
    return advice;
  }

  /** The case folding the query applies, {@code lower} when it applies none (e.g. {@code ILIKE}). */
  private String fold() {
    return match.fold().orElse("lower");
  }

  /** The DDL builder for this predicate's table and column. */
  public SqlIndexDdl ddl() {
    return new SqlIndexDdl(table, dbColumn, dialect);
  }

  private String lowerCasedNote() {
    String value = boundValue.map(v -> "bind " + withoutCaseFolding(v) + ".toLowerCase(Locale.ROOT)")
        .orElse("bind the value lower-cased");
    return value + " and store " + match.columnName() + " lower-cased";
  }

  /** A Java value without a trailing {@code toUpperCase(...)}/{@code toLowerCase(...)}. */
  static String withoutCaseFolding(String java) {
    for (String fold : List.of(".toUpperCase(", ".toLowerCase(")) {
      int at = java.lastIndexOf(fold);
      if (at > 0 && java.endsWith(")") && java.indexOf(')', at) == java.length() - 1) {
        return java.substring(0, at);
      }
    }
    return java;
  }

  /** The compared value without the case folding around it: {@code lower(?)} becomes {@code ?}. */
  private String plainValue() {
    if (match.operator() == Operator.REGEX && match.shape().exactValue().isPresent()) {
      return lowerCasedLiteral(sqlValue(match.shape().exactValue().get()));
    }
    String value = match.value().trim();
    String lower = value.toLowerCase(Locale.ROOT);
    for (String fold : List.of("lower(", "upper(", "lcase(", "ucase(")) {
      if (lower.startsWith(fold) && value.endsWith(")")) {
        return value.substring(fold.length(), value.length() - 1).trim();
      }
    }
    return lowerCasedLiteral(value);
  }

  /** SQL text with every case-folding call removed: {@code (upper(?), upper(?))} becomes {@code (?, ?)}. */
  static String withoutFolding(String sql) {
    StringBuilder out = new StringBuilder();
    java.util.Deque<Boolean> dropClose = new java.util.ArrayDeque<>();
    String lower = sql.toLowerCase(Locale.ROOT);
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1));
      String fold = wordStart ? foldAt(lower, i) : null;
      if (fold != null) {
        dropClose.push(true);
        i += fold.length();
      } else if (c == '(') {
        dropClose.push(false);
        out.append(c);
      } else if (c == ')') {
        if (!(dropClose.isEmpty() ? false : dropClose.pop())) {
          out.append(c);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String foldAt(String lower, int at) {
    for (String fold : List.of("lower(", "upper(", "lcase(", "ucase(")) {
      if (lower.startsWith(fold, at)) {
        return fold.substring(0, fold.length() - 1);
      }
    }
    return null;
  }

  /** A quoted literal lower-cased; a literal the code splices a value into becomes a parameter. */
  private static String lowerCasedLiteral(String value) {
    String v = value.trim();
    if (v.startsWith("'") && v.contains("${")) {
      return "?";
    }
    return v.length() >= 2 && v.startsWith("'") && v.endsWith("'") ? v.toLowerCase(Locale.ROOT) : v;
  }

  /** SQL for a value built of literal text and parameters: {@code 'abc'}, {@code ?}, {@code 'x' || :q}. */
  static String sqlValue(PatternText value) {
    List<String> terms = new ArrayList<>();
    for (PatternPart part : value.parts()) {
      if (part instanceof PatternPart.Literal literal) {
        terms.add("'" + literal.text().replace("'", "''") + "'");
      } else {
        String source = ((PatternPart.Dynamic) part).source();
        terms.add(source.startsWith("?") || source.startsWith(":") ? source : "?");
      }
    }
    return terms.isEmpty() ? "''" : String.join(" || ", terms);
  }

  /** An index expression compared loosely: case, spaces, quotes and {@code ::text} casts ignored. */
  static String normalise(String expression) {
    String e = expression.toLowerCase(Locale.ROOT).replace("::text", "").replace("\"", "").replace("`", "");
    StringBuilder out = new StringBuilder();
    for (char c : e.toCharArray()) {
      if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    String s = out.toString();
    while (s.startsWith("((") && s.endsWith("))")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }
}
