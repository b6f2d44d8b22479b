package io.github.regexguard.extract.sql;

import io.github.regexguard.pattern.PatternText;
import java.util.Optional;

/** The values the code binds to a statement's parameters, where it can be seen. */
public interface SqlParameters {

  SqlParameters NONE = new SqlParameters() {
    @Override
    public Optional<PatternText> positional(int index) {
      return Optional.empty();
    }

    @Override
    public Optional<PatternText> named(String name) {
      return Optional.empty();
    }
  };

  /** The value bound to the {@code index}-th (1-based) positional parameter. */
  Optional<PatternText> positional(int index);

  /** The value bound to the parameter {@code :name}. */
  Optional<PatternText> named(String name);
}
