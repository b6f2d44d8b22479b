package io.github.regexguard.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the plan tests, from {@code REGEXGUARD_PG_URL}, {@code REGEXGUARD_PG_USER}
 * and {@code REGEXGUARD_PG_PASSWORD} (printed by {@code .ci/postgres.sh}; system properties of the
 * same names in lower case with dots also work). Without a URL the tests are skipped; with one that
 * cannot be reached they fail.
 */
final class PostgresDatabase {

  private PostgresDatabase() {}

  static Connection connect() throws SQLException {
    Optional<String> url = setting("REGEXGUARD_PG_URL");
    Assumptions.assumeTrue(url.isPresent(),
        "PostgreSQL plan tests skipped: REGEXGUARD_PG_URL is not set (eval \"$(bash .ci/postgres.sh)\" starts a server)");
    return DriverManager.getConnection(url.get(), setting("REGEXGUARD_PG_USER").orElse("regexguard"),
        setting("REGEXGUARD_PG_PASSWORD").orElse(""));
  }

  private static Optional<String> setting(String name) {
    String property = System.getProperty(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
    if (property != null && !property.isBlank()) {
      return Optional.of(property);
    }
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
