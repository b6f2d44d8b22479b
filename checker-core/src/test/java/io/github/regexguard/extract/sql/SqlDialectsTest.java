package io.github.regexguard.extract.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.regexguard.SqlDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlDialectsTest {

  @TempDir
  Path root;

  private Path sources() throws IOException {
    return Files.createDirectories(root.resolve("app/src/main/java"));
  }

  @Test
  void theDriverInTheNearestBuildFileWins() throws IOException {
    Path sources = sources();
    Files.writeString(root.resolve("app/pom.xml"), "<artifactId>mysql-connector-j</artifactId>");
    assertEquals(SqlDialect.MYSQL, SqlDialects.guess(root, List.of(sources)));
  }

  @Test
  void migrationsTellWhenTheBuildDoesNot() throws IOException {
    Path sources = sources();
    Path migrations = Files.createDirectories(root.resolve("app/src/main/resources/db/migration"));
    Files.writeString(migrations.resolve("V1__init.sql"), "CREATE TABLE users (id BIGSERIAL PRIMARY KEY);");
    assertEquals(SqlDialect.POSTGRESQL, SqlDialects.guess(root, List.of(sources)));
  }

  @Test
  void conflictingOrMissingEvidenceIsGeneric() throws IOException {
    Path sources = sources();
    assertEquals(SqlDialect.GENERIC, SqlDialects.guess(root, List.of(sources)));
    Files.writeString(root.resolve("app/build.gradle"),
        "runtimeOnly 'org.postgresql:postgresql'\\nruntimeOnly 'com.mysql:mysql-connector-j'");
    assertEquals(SqlDialect.GENERIC, SqlDialects.guess(root, List.of(sources)));
  }

  @Test
  void driverImports() {
    assertEquals(Optional.of(SqlDialect.POSTGRESQL), SqlDialects.fromImports(List.of("org.postgresql.util.PGobject")));
    assertEquals(Optional.of(SqlDialect.MYSQL), SqlDialects.fromImports(List.of("org.mariadb.jdbc.Driver")));
    assertEquals(Optional.empty(), SqlDialects.fromImports(List.of("java.sql.Connection")));
  }
}
