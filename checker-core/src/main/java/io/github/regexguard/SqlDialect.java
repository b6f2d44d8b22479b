package io.github.regexguard;

import java.util.Locale;
import java.util.Optional;

/** The SQL dialect of the project's database (configuration key {@code sqlDialect}). */
public enum SqlDialect {
  POSTGRESQL,
  MYSQL,
  GENERIC;

  /** The configuration spelling: {@code postgresql}, {@code mysql}, {@code generic}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SqlDialect> parse(String id) {
    for (SqlDialect d : values()) {
      if (d.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
