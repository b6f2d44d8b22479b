package io.github.regexguard.extract.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.model.Finding;
import io.github.regexguard.testing.InlineSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoRepositoryFrontEndTest {

  @TempDir
  Path directory;

  private List<Finding> analyze(String body, String... imports) {
    StringBuilder source = new StringBuilder("package com.acme;\n\n");
    for (String i : imports) {
      source.append("import ").append(i).append(";\n");
    }
    source.append("\npublic interface UserRepository extends ").append(body);
    return InlineSources.analyze(directory, "com/acme/UserRepository.java", source.toString());
  }

  @Test
  void jhipsterRewriteNamesTheMethodWithoutIgnoreCaseAndTheCollationAlternative() {
    List<Finding> findings = analyze("""
        MongoRepository<User, String> {
          Optional<User> findOneByEmailIgnoreCase(String email);
        }
        """, "org.springframework.data.mongodb.repository.MongoRepository", "java.util.Optional");
    assertEquals(List.of("7: error CaseInsensitiveEquality"), InlineSources.summary(findings));
    Finding finding = findings.get(0);
    assertEquals("findOneByEmail(email.toLowerCase(Locale.ROOT))  (declare findOneByEmail without IgnoreCase and "
        + "store email lower-cased)", finding.rewrite().primary());
    assertTrue(finding.rewrite().alternatives().get(0).startsWith(
        "@Query(value = \"{ 'email': ?0 }\", collation = \"{ 'locale': 'en', 'strength': 2 }\") or "
            + "@Collation(\"{ 'locale': 'en', 'strength': 2 }\") on findOneByEmail, with @Indexed(unique = true, "
            + "collation = \"{ 'locale': 'en', 'strength': 2 }\") on User.email"), finding.rewrite().alternatives().get(0));
    assertTrue(finding.rewrite().alternatives().get(1).startsWith("keeping IgnoreCase keeps the $regex"));
    assertEquals(27, finding.location().beginColumn(), "on Email inside findOneByEmailIgnoreCase");
  }

  @Test
  void genericRepositoryWithoutMongoImportsIsLeftToOtherStores() {
    List<Finding> findings = analyze("""
        CrudRepository<User, Long> {
          Optional<User> findOneByEmailIgnoreCase(String email);
        }
        """, "org.springframework.data.repository.CrudRepository", "java.util.Optional");
    assertEquals(List.of(), InlineSources.summary(findings));
  }

  @Test
  void repositoryDefinitionWithMongoQueryImportIsMongo() {
    List<Finding> findings = InlineSources.analyze(directory, "com/acme/Users.java", """
        package com.acme;

        import org.springframework.data.mongodb.repository.Query;
        import org.springframework.data.repository.RepositoryDefinition;

        @RepositoryDefinition(domainClass = User.class, idClass = String.class)
        public interface Users {
          User findByLoginIgnoreCase(String login);

          @Query("{ 'login': { $regex: ?#{[0]} } }")
          User byPattern(String pattern);
        }
        """);
    assertEquals(List.of("8: error CaseInsensitiveEquality", "10: error UnanchoredMatch", "10: error UnquotedRegexInput"),
        InlineSources.summary(findings));
  }

  @Test
  void specialParametersAreNotBoundToConditions() {
    List<Finding> findings = analyze("""
        MongoRepository<User, String> {
          Page<User> findByAgeGreaterThanAndLoginIgnoreCase(Pageable page, int age, String login);
        }
        """, "org.springframework.data.mongodb.repository.MongoRepository", "org.springframework.data.domain.Page",
        "org.springframework.data.domain.Pageable");
    assertEquals(1, findings.size());
    assertTrue(findings.get(0).message().contains("${login}"), findings.get(0).message());
  }

  @Test
  void removingIgnoreCaseKeepsTheOtherConditions() {
    var condition = io.github.regexguard.extract.repository.DerivedQuery
        .parse("findByNameAndEmailIgnoreCaseOrderByNameAsc").orElseThrow().conditions().get(1);
    assertEquals("findByNameAndEmailOrderByNameAsc",
        MongoRepositoryFrontEnd.withoutIgnoreCase("findByNameAndEmailIgnoreCaseOrderByNameAsc", condition));
  }
}
