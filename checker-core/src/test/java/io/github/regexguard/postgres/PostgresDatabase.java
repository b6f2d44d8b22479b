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

  static final String SKIPPED =
      "PostgreSQL plan tests skipped: REGEXGUARD_PG_URL is not set (eval \"$(bash .ci/postgres.sh)\" starts a server)";

  /** A connection, or empty (after printing {@link #SKIPPED} once) when no server is configured. */
  static Optional<Connection> connect() throws SQLException {
    Optional<String> url = setting("REGEXGUARD_PG_URL");
    if (url.isEmpty()) {
      System.out.println(SKIPPED);
      return Optional.empty();
    }
    return Optional.of(DriverManager.getConnection(url.get(), setting("REGEXGUARD_PG_USER").orElse("regexguard"),
        setting("REGEXGUARD_PG_PASSWORD").orElse("")));
  }

  /** Skips the calling test when there is no server. */
  static Connection require(Optional<Connection> connection) {
    Assumptions.assumeTrue(connection.isPresent(), SKIPPED);
    return connection.get();
  }

  private static Optional<String> setting(String name) {
    String property = System.getProperty(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
    if (property != null && !property.isBlank()) {
      return Optional.of(property);
    }
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
