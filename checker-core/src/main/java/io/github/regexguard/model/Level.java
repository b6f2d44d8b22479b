package io.github.regexguard.model;

import java.util.Locale;
import java.util.Optional;

/** Finding levels, in SARIF's vocabulary, from the least to the most severe. */
public enum Level {
  NOTE,
  WARNING,
  ERROR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Level other) {
    return compareTo(other) >= 0;
  }

  public static Optional<Level> parse(String text) {
    for (Level level : values()) {
      if (level.id().equalsIgnoreCase(text.trim())) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
