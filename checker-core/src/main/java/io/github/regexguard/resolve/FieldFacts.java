package io.github.regexguard.resolve;

import java.util.List;
import java.util.Optional;

/**
 * What regexguard knows about the field of a predicate.
 *
 * @param fieldClass which column of the severity table applies
 * @param indexes the indexes known to cover the field
 * @param evidence a sentence citing the evidence, e.g. {@code users.email is unique-indexed (User.java:14)}
 */
public record FieldFacts(FieldClass fieldClass, List<IndexEntry> indexes, Optional<String> evidence) {

  public FieldFacts {
    indexes = List.copyOf(indexes);
  }
}
