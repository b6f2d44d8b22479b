package io.github.regexguard.extract.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.model.Anchoring;
import io.github.regexguard.model.Operator;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlPredicatesTest {

  private static List<SqlMatch> find(String sql) {
    return SqlPredicates.find(SqlSource.of(sql), SqlParameters.NONE);
  }

  private static SqlMatch only(String sql) {
    List<SqlMatch> matches = find(sql);
    assertEquals(1, matches.size(), sql + " -> " + matches);
    return matches.get(0);
  }

  @Test
  void caseFoldedEqualityOnEitherSide() {
    SqlMatch left = only("SELECT * FROM users WHERE lower(email) = lower(?)");
    assertEquals(Operator.EQ_CASE_FOLDED, left.operator());
    assertEquals(Optional.of("lower"), left.fold());
    assertEquals(Optional.of("users"), left.source());
    SqlMatch right = only("SELECT * FROM users WHERE ? = UCASE(email)");
    assertEquals(Optional.of("upper"), right.fold());
  }

  @Test
  void projectionsAndPlainComparisonsAreNotPredicates() {
    assertTrue(find("SELECT lower(email) FROM users WHERE id = ?").isEmpty());
    assertTrue(find("SELECT * FROM users WHERE email = ? AND name LIKE 'abc%'").stream()
        .allMatch(m -> m.shape().anchoring() != Anchoring.NONE));
  }

  @Test
  void offsetPointsAtTheColumnInTheOriginalText() {
    String sql = "SELECT id\n  FROM users u\n WHERE upper(u.handle) = upper(:handle)";
    assertEquals(sql.indexOf("upper"), only(sql).offset());
  }

  @Test
  void aliasesResolveToTheirTable() {
    SqlMatch match = only("SELECT * FROM orders o JOIN accounts a ON a.id = o.account_id WHERE a.login ILIKE ?");
    assertEquals(Optional.of("accounts"), match.source());
    assertEquals("login", match.columnName());
  }

  @Test
  void subqueriesAreSearched() {
    SqlMatch match = only("SELECT * FROM orders WHERE user_id IN (SELECT id FROM users WHERE lcase(email) = ?)");
    assertEquals(Optional.of("users"), match.source());
  }

  @Test
  void concatenatedWildcardsLeadTheLikePattern() {
    assertEquals(Anchoring.NONE, only("SELECT * FROM t WHERE c LIKE '%' || ? || '%'").shape().anchoring());
    assertEquals(Anchoring.NONE, only("SELECT * FROM t WHERE c LIKE concat('%', :q, '%')").shape().anchoring());
    assertEquals(Anchoring.PREFIX, only("SELECT * FROM t WHERE c ILIKE ? || '%'").shape().anchoring());
  }

  @Test
  void anUnknownBoundValueIsNotALeadingWildcard() {
    SqlMatch match = only("SELECT * FROM t WHERE c LIKE ?");
    assertEquals(Anchoring.EXACT, match.shape().anchoring());
    assertFalse(match.shape().hasRawInput());
  }

  @Test
  void aValueBoundWithWildcardsInTheSameMethodCounts() {
    SqlParameters bound = new SqlParameters() {
      @Override
      public Optional<PatternText> positional(int index) {
        return Optional.of(new PatternText(List.of(new PatternPart.Literal("%"), new PatternPart.Dynamic("q", false),
            new PatternPart.Literal("%"))));
      }

      @Override
      public Optional<PatternText> named(String name) {
        return Optional.empty();
      }
    };
    SqlMatch match = SqlPredicates.find(SqlSource.of("SELECT * FROM t WHERE c LIKE ?"), bound).get(0);
    assertEquals(Anchoring.NONE, match.shape().anchoring());
    assertTrue(match.shape().hasRawInput());
  }

  @Test
  void regexOperators() {
    SqlMatch ci = only("SELECT * FROM t WHERE c ~* '^abc$'");
    assertEquals(Operator.REGEX, ci.operator());
    assertTrue(ci.shape().caseInsensitive());
    assertEquals(Anchoring.EXACT, ci.shape().anchoring());
    assertTrue(only("SELECT * FROM t WHERE c !~ 'x'").negated());
    assertEquals(Anchoring.NONE, only("SELECT * FROM t WHERE c ~ '^.*x'").shape().anchoring());
  }

  @Test
  void similarToIsAnchoredAtBothEnds() {
    assertEquals(Anchoring.EXACT, only("SELECT * FROM t WHERE c SIMILAR TO 'abc'").shape().anchoring());
    assertEquals(Anchoring.PREFIX, only("SELECT * FROM t WHERE c SIMILAR TO 'abc%'").shape().anchoring());
    assertEquals(Anchoring.NONE, only("SELECT * FROM t WHERE c SIMILAR TO '%(a|b)%'").shape().anchoring());
  }

  @Test
  void mysqlRegexpsAreNeverIndexed() {
    assertEquals(Operator.NEVER_INDEXED_REGEX, only("SELECT * FROM t WHERE c REGEXP '^a'").operator());
    assertEquals(Operator.NEVER_INDEXED_REGEX, only("SELECT * FROM t WHERE c RLIKE 'a'").operator());
    SqlMatch function = only("SELECT * FROM t WHERE regexp_like(c, 'a', 'i')");
    assertEquals(Operator.NEVER_INDEXED_REGEX, function.operator());
    assertTrue(function.shape().caseInsensitive());
  }

  @Test
  void updateAndDeleteConditions() {
    assertEquals(1, find("UPDATE users SET x = 1 WHERE lower(email) = ?").size());
    assertEquals(1, find("DELETE FROM users WHERE upper(email) = ?").size());
  }

  @Test
  void jpqlAndOrmDialects() {
    assertEquals("email", only("select u from User u where lower(u.email) = lower(:email)").columnName());
    assertEquals(Optional.of("User"), only("from User u where u.email ilike :p").source());
    assertEquals(Anchoring.NONE, only("select u from User u where u.name like %:q%").shape().anchoring());
    assertEquals(Anchoring.PREFIX, only("select u from User u where u.name like ?1%").shape().anchoring());
  }

  @Test
  void myBatisParametersAndSplicedText() {
    assertEquals(Operator.EQ_CASE_FOLDED, only("SELECT * FROM users WHERE LOWER(email) = LOWER(#{email})").operator());
    SqlMatch spliced = only("SELECT * FROM users WHERE name LIKE '${prefix}%'");
    assertTrue(spliced.shape().hasRawInput());
  }

  @Test
  void textThatIsNotSqlIsSkipped() {
    assertTrue(find("lower(email) = lower(?) is not a statement").isEmpty());
    assertTrue(find("SELECT * FROM WHERE ((").isEmpty());
    assertTrue(find("SELECT " + "(".repeat(500) + "1" + ")".repeat(500)).isEmpty());
  }
}
