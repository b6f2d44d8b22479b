package io.github.regexguard.extract.morphia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.model.Finding;
import io.github.regexguard.testing.InlineSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Morphia 1.x under org.mongodb.morphia, whose jar does not compile with the fixtures' Morphia 2. */
class LegacyMorphiaTest {

  @TempDir
  Path directory;

  private static final String DAO = """
      package com.acme;

      import org.mongodb.morphia.Datastore;

      class UserDao {
        Datastore ds;

        Object byEmail(String email) {
          return ds.createQuery(User.class).field("email").equalIgnoreCase(email).get();
        }

        Object byLogin(String login) {
          return ds.createQuery(User.class).field("login").startsWith(login).get();
        }

        Object byLoginLiteral() {
          return ds.createQuery(User.class).field("login").startsWith("adm").get();
        }
      }
      """;

  @Test
  void legacyFieldEndsSpliceTheValueRaw() {
    List<Finding> findings = InlineSources.analyze(directory, "com/acme/UserDao.java", DAO);
    assertEquals(List.of(
        "9: error CaseInsensitiveEquality", "9: error UnquotedRegexInput",
        "13: error UnquotedRegexInput"), InlineSources.summary(findings));
  }

  @Test
  void rewriteUsesTheFieldEndApi() {
    Finding finding = InlineSources.analyze(directory, "com/acme/UserDao.java", DAO).get(0);
    assertEquals("ds.createQuery(User.class).field(\"email\").equal(email.toLowerCase(Locale.ROOT))  (store email lower-cased)",
        finding.rewrite().primary());
  }

  @Test
  void currentMorphiaQuotesTheValue() {
    List<Finding> findings = InlineSources.analyze(directory, "com/acme/UserDao.java",
        DAO.replace("org.mongodb.morphia.Datastore", "dev.morphia.Datastore"));
    assertEquals(List.of("9: error CaseInsensitiveEquality"), InlineSources.summary(findings));
    assertTrue(findings.get(0).message().contains("\\Q${email}\\E"), findings.get(0).message());
  }
}
