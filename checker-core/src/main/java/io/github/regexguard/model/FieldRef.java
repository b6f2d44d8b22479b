package io.github.regexguard.model;

import java.util.Optional;

/**
 * The field (or column) a predicate tests.
 *
 * @param expression the field as written in the code ({@code "email"}, {@code User.EMAIL}, {@code u.email})
 * @param name the database name after resolution, or empty when it cannot be known
 * @param owner the collection, table or entity it belongs to, when known
 */
public record FieldRef(String expression, Optional<String> name, Optional<String> owner) {

  public static FieldRef named(String expression, String name) {
    return new FieldRef(expression, Optional.ofNullable(name), Optional.empty());
  }

  public FieldRef withOwner(String collection) {
    return new FieldRef(expression, name, Optional.ofNullable(collection));
  }

  /** The name to show a user: the database name if known, else the expression. */
  public String displayName() {
    return name.orElse(expression);
  }
}
