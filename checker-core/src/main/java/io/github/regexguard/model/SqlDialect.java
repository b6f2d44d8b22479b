package io.github.regexguard.model;

import java.util.Locale;
import java.util.Optional;

/** The SQL database a project talks to, as far as rewrites differ between them. */
public enum SqlDialect {
  POSTGRESQL,
  MYSQL,
  GENERIC;

  /** The configuration name: {@code postgresql}, {@code mysql}, {@code generic}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SqlDialect> fromId(String id) {
    for (SqlDialect dialect : values()) {
      if (dialect.id().equalsIgnoreCase(id.trim())) {
        return Optional.of(dialect);
      }
    }
    return Optional.empty();
  }
}
