package io.github.regexguard.extract.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.model.Finding;
import io.github.regexguard.testing.InlineSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFrontEndsTest {

  @TempDir
  Path directory;

  private List<Finding> analyze(String source) {
    return InlineSources.analyze(directory, "com/acme/Dao.java", source);
  }

  @Test
  void mongoQueryAnnotationIsNotSql() {
    List<Finding> findings = analyze("""
        package com.acme;
        import org.springframework.data.mongodb.repository.Query;
        interface Dao {
          @Query("{ 'email': { $regex: ?0 } }")
          Object byEmail(String email);
          @Query("select u from User u where lower(u.email) = lower(?1)")
          Object notSqlEither(String email);
        }
        """);
    assertTrue(findings.stream().noneMatch(f -> f.store() == io.github.regexguard.model.Store.SQL), findings.toString());
  }

  @Test
  void sqlLookingStringsOutsideQueryApisAreSilent() {
    List<Finding> findings = analyze("""
        package com.acme;
        import org.springframework.jdbc.core.JdbcTemplate;
        class Dao {
          String log(String email) {
            return String.join(" ", "SELECT * FROM users WHERE lower(email) = lower(?)", email);
          }
          void queryOnAnotherApi(java.util.Map<String, String> cache) {
            cache.get("SELECT * FROM users WHERE lower(email) = lower(?)");
          }
        }
        """);
    assertEquals(List.of(), InlineSources.summary(findings));
  }

  @Test
  void unparseableSqlIsSkippedWithoutAProcessingError() throws IOException {
    Path file = directory.resolve("src/main/java/com/acme/Dao.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        package com.acme;
        import org.springframework.jdbc.core.JdbcTemplate;
        class Dao {
          Object broken(JdbcTemplate jdbc) {
            return jdbc.queryForList("SELECT * FROM users WHERE lower(email) = = lower(?) ((");
          }
        }
        """);
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder(directory).path(directory).build());
    assertEquals(List.of(), result.findings());
    assertEquals(List.of(), result.errors());
  }

  @Test
  void aDriverImportChoosesTheDialect() {
    List<Finding> findings = analyze("""
        package com.acme;
        import com.mysql.cj.jdbc.MysqlDataSource;
        import org.springframework.jdbc.core.JdbcTemplate;
        class Dao {
          Object byEmail(JdbcTemplate jdbc, String email) {
            return jdbc.queryForList("SELECT * FROM users WHERE LOWER(email) = LOWER(?)", email);
          }
        }
        """);
    assertEquals(1, findings.size());
    assertTrue(findings.get(0).rewrite().primary().startsWith("email = ?  (a _ci collation"),
        findings.get(0).rewrite().primary());
  }

  @Test
  void theBuildFileChoosesTheDialect() throws IOException {
    Files.writeString(directory.resolve("pom.xml"),
        "<project><dependencies><dependency><groupId>org.postgresql</groupId></dependency></dependencies></project>");
    List<Finding> findings = analyze("""
        package com.acme;
        import java.sql.Connection;
        class Dao {
          Object byName(Connection c) throws Exception {
            return c.prepareStatement("SELECT * FROM users WHERE username LIKE '%' || ? || '%'").executeQuery();
          }
        }
        """);
    assertEquals(List.of("5: error UnanchoredMatch"), InlineSources.summary(findings));
    assertTrue(findings.get(0).rewrite().primary().contains("gin_trgm_ops"), findings.get(0).rewrite().primary());
  }

  @Test
  void derivedQueriesOnJpaRepositoriesUseUpper() {
    List<Finding> findings = analyze("""
        package com.acme;
        import java.util.Optional;
        import org.springframework.data.jpa.repository.JpaRepository;
        interface Dao extends JpaRepository<User, Long> {
          Optional<User> findOneByEmailIgnoreCase(String email);
        }
        """);
    assertEquals(List.of("5: error CaseInsensitiveEquality"), InlineSources.summary(findings));
    Finding finding = findings.get(0);
    assertEquals(27, finding.location().beginColumn(), "on Email inside the method name");
    assertEquals("findOneByEmail(email.toLowerCase(Locale.ROOT))  (store email lower-cased)",
        finding.rewrite().primary());
    assertTrue(finding.rewrite().alternatives().get(0).contains("ON \"user\" (upper(email))"),
        finding.rewrite().alternatives().toString());
  }

  @Test
  void jooqGeneratedColumnsNameTheirTable() {
    List<Finding> findings = analyze("""
        package com.acme;
        import static com.acme.db.Tables.USERS;
        import org.jooq.DSLContext;
        class Dao {
          Object byEmail(DSLContext ctx, String email) {
            return ctx.selectFrom(USERS).where(USERS.EMAIL.equalIgnoreCase(email)).fetchOne();
          }
          Object search(DSLContext ctx, String q) {
            return ctx.selectFrom(USERS).where(USERS.USERNAME.containsIgnoreCase(q)).fetch();
          }
          boolean notAField(java.util.Set<String> ALLOWED, String q) {
            return ALLOWED.contains(q);
          }
        }
        """);
    assertEquals(List.of("6: error CaseInsensitiveEquality", "9: error UnanchoredMatch"),
        InlineSources.summary(findings));
    assertTrue(findings.get(0).rewrite().primary().startsWith("USERS.EMAIL.eq(email.toLowerCase(Locale.ROOT))"));
    assertTrue(findings.get(1).rewrite().primary().contains("ON users USING gin (lower(username) gin_trgm_ops)"),
        findings.get(1).rewrite().primary());
  }

  @Test
  void hibernateSessionQueries() {
    List<Finding> findings = analyze("""
        package com.acme;
        import org.hibernate.Session;
        class Dao {
          Object byLogin(Session session, String login) {
            return session.createSelectionQuery("from Account a where upper(a.login) = upper(:login)", Object.class)
                .setParameter("login", login).getSingleResult();
          }
        }
        """);
    assertEquals(List.of("5: error CaseInsensitiveEquality"), InlineSources.summary(findings));
    assertTrue(findings.get(0).rewrite().primary().startsWith("a.login = :login"), findings.get(0).rewrite().primary());
  }

  @Test
  void querydslOnAMongoDocumentIsLeftToTheMongoFrontEnd() {
    List<Finding> findings = analyze("""
        package com.acme;
        import org.springframework.data.mongodb.core.MongoTemplate;
        class Dao {
          boolean byEmail(String email) {
            QUser user = QUser.user;
            return user.email.equalsIgnoreCase(email) != null;
          }
        }
        """);
    assertTrue(findings.stream().noneMatch(f -> f.store() == io.github.regexguard.model.Store.SQL), findings.toString());
  }

  @Test
  void onMysqlARegexFromAQueryApiIsNeverIndexed() throws IOException {
    Files.writeString(directory.resolve("pom.xml"), "<artifactId>mysql-connector-j</artifactId>");
    List<Finding> findings = analyze("""
        package com.acme;
        import static com.acme.db.Tables.USERS;
        import org.jooq.DSLContext;
        class Dao {
          Object admins(DSLContext ctx) {
            return ctx.selectFrom(USERS).where(USERS.EMAIL.likeRegex("^admin")).fetch();
          }
        }
        """);
    assertEquals(List.of("6: error UnanchoredMatch"), InlineSources.summary(findings));
    assertTrue(findings.get(0).message().contains("never serves from an index"), findings.get(0).message());
  }
}
