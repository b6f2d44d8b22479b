package io.github.regexguard.resolve;

import io.github.regexguard.model.Store;
import java.util.Optional;

/**
 * One index that covers a field.
 *
 * @param store the database kind
 * @param owner the collection or table
 * @param field the field or column path (after renames)
 * @param kind the index kind
 * @param unique whether it enforces uniqueness
 * @param position the field's position in the key, 0 for the leading key
 * @param collation the index collation, if any (MongoDB) or collation name (SQL)
 * @param expression for expression indexes, the indexed expression, e.g. {@code lower(email)}
 * @param declaredAt where it was declared, {@code File.java:14} or {@code V1__init.sql:3}
 */
public record IndexEntry(
    Store store,
    String owner,
    String field,
    IndexKind kind,
    boolean unique,
    int position,
    Optional<String> collation,
    Optional<String> expression,
    String declaredAt) {

  /** Usable for a predicate on the plain field: a regular index where the field leads the key. */
  public boolean usableForPlainField() {
    return kind.servesPlainField() && position == 0;
  }
}
