package io.github.regexguard.extract.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.SqlDialect;
import io.github.regexguard.engine.RuleRunnerAccess;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.Level;
import io.github.regexguard.model.Problem;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Rewrite;
import io.github.regexguard.model.Store;
import io.github.regexguard.resolve.IndexEntry;
import io.github.regexguard.resolve.IndexKind;
import io.github.regexguard.resolve.IndexKnowledge;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlRewritesTest {

  private static QueryPredicate only(String sql, SqlDialect dialect) {
    List<QueryPredicate> predicates = SqlTesting.predicates(sql, SqlParameters.NONE, dialect);
    assertEquals(1, predicates.size());
    return predicates.get(0);
  }

  private static IndexEntry index(IndexKind kind, String expression) {
    return new IndexEntry(Store.SQL, "users", "email", kind, false, 0, Optional.empty(),
        Optional.ofNullable(expression), "V1__users.sql:3");
  }

  private static List<Finding> findings(String sql, IndexEntry... indexes) {
    IndexKnowledge knowledge = (store, owner, field) -> field.equals("email") ? List.of(indexes) : List.of();
    return RuleRunnerAccess.run(knowledge, only(sql, SqlDialect.POSTGRESQL));
  }

  @Test
  void aMatchingExpressionIndexLowersTheFindingToANote() {
    List<Finding> findings = findings("SELECT * FROM users WHERE lower(email) = lower(?)",
        index(IndexKind.EXPRESSION, "lower(email)"));
    assertEquals(1, findings.size());
    assertEquals(Level.NOTE, findings.get(0).level());
    assertTrue(findings.get(0).message().contains("V1__users.sql:3"), findings.get(0).message());
  }

  @Test
  void anIndexOnLowerDoesNotServeUpper() {
    List<Finding> findings = findings("SELECT * FROM users WHERE upper(email) = upper(?)",
        index(IndexKind.EXPRESSION, "LOWER((email)::text)"));
    assertEquals(Level.ERROR, findings.get(0).level());
  }

  @Test
  void aTrigramIndexServesContainsButNotNegationOrMysqlRegex() {
    IndexEntry trigram = index(IndexKind.TRIGRAM, null);
    assertEquals(Level.NOTE, findings("SELECT * FROM users WHERE email LIKE '%' || ? || '%'", trigram).get(0).level());
    assertEquals(Level.ERROR, findings("SELECT * FROM users WHERE email NOT LIKE '%x%'", trigram).get(0).level());
    assertEquals(Level.ERROR, findings("SELECT * FROM users WHERE email REGEXP 'x'", trigram).get(0).level());
    assertEquals(Level.ERROR,
        findings("SELECT * FROM users WHERE lower(email) LIKE '%x%'", trigram).get(0).level(),
        "a trigram index on email does not serve lower(email)");
  }

  @Test
  void mysqlDropsTheCaseFolding() {
    Rewrite rewrite = SqlTesting.rewrites(only("SELECT * FROM users WHERE LOWER(email) = LOWER(?)", SqlDialect.MYSQL))
        .rewrite(Problem.CASE_INSENSITIVE_EQUALITY, only("SELECT * FROM users WHERE LOWER(email) = LOWER(?)",
            SqlDialect.MYSQL));
    assertTrue(rewrite.primary().startsWith("email = ?"), rewrite.primary());
    assertTrue(rewrite.primary().contains("_ci"), rewrite.primary());
    assertTrue(rewrite.alternatives().stream().anyMatch(a -> a.contains("((lower(email)))")), rewrite.toString());
  }

  @Test
  void postgresqlOffersAnExpressionIndexCitextAndACollation() {
    QueryPredicate predicate = only("SELECT * FROM users WHERE lower(email) = lower(?)", SqlDialect.POSTGRESQL);
    List<SqlRewriteKind> kinds = SqlTesting.rewrites(predicate).plans(Problem.CASE_INSENSITIVE_EQUALITY).stream()
        .map(SqlRewritePlan::kind).toList();
    assertEquals(List.of(SqlRewriteKind.NORMALISE_ON_WRITE, SqlRewriteKind.EXPRESSION_INDEX, SqlRewriteKind.CITEXT,
        SqlRewriteKind.NONDETERMINISTIC_COLLATION), kinds);
    String ddl = SqlTesting.rewrites(predicate).ddl().expressionIndex("lower");
    assertEquals("CREATE INDEX users_email_lower_idx ON users (lower(email));", ddl);
  }

  @Test
  void aPrefixRewriteNotesTextPatternOps() {
    QueryPredicate predicate = only("SELECT * FROM users WHERE username ILIKE 'Ab%'", SqlDialect.POSTGRESQL);
    Rewrite rewrite = predicate.renderer().rewrite(Problem.CASE_INSENSITIVE_PREFIX, predicate);
    assertTrue(rewrite.primary().startsWith("username LIKE 'ab%'"), rewrite.primary());
    assertTrue(rewrite.primary().contains("text_pattern_ops"), rewrite.primary());
  }

  @Test
  void aCaseInsensitiveAnchoredRegexBecomesAnEqualityOnItsValue() {
    QueryPredicate predicate = only("SELECT * FROM users WHERE email ~* '^Admin@Example\\.com$'", SqlDialect.POSTGRESQL);
    Rewrite rewrite = predicate.renderer().rewrite(Problem.CASE_INSENSITIVE_EQUALITY, predicate);
    assertTrue(rewrite.primary().startsWith("email = 'admin@example.com'"), rewrite.primary());
  }

  @Test
  void caseFoldedMembershipBecomesAPlainIn() {
    QueryPredicate predicate = only("SELECT * FROM users WHERE upper(email) IN (upper(?), UPPER(:b))",
        SqlDialect.POSTGRESQL);
    Rewrite rewrite = predicate.renderer().rewrite(Problem.CASE_INSENSITIVE_EQUALITY, predicate);
    assertTrue(rewrite.primary().startsWith("email IN (?, :b)"), rewrite.primary());
    assertEquals("(x, flower(y))", SqlRewrites.withoutFolding("(lower(UPPER(x)), flower(y))"));
  }
}
