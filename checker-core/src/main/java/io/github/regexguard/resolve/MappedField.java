package io.github.regexguard.resolve;

import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.Store;
import java.util.Optional;

/**
 * A field named through generated code rather than a string: a JPA metamodel attribute
 * ({@code User_.email}), a QueryDSL path ({@code QUser.user.address.city}) or a jOOQ column
 * ({@code USERS.EMAIL}), mapped to its database name.
 *
 * @param store the database kind
 * @param owner the collection or table, when known
 * @param javaPath the property path as the Java model names it ({@code address.city})
 * @param dbPath the field or column path in the database, after renames ({@code addr.city})
 */
public record MappedField(Store store, Optional<String> owner, String javaPath, String dbPath) {

  /** The predicate's field, keeping the code's own {@code expression}. */
  public FieldRef toFieldRef(String expression) {
    return new FieldRef(expression, Optional.of(dbPath), owner);
  }
}
