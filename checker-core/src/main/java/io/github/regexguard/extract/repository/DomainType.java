package io.github.regexguard.extract.repository;

import java.util.Optional;

/** A type whose properties a derived query's property path steps through. */
public interface DomainType {

  /** A type with no known properties (a leaf such as {@code String}). */
  DomainType LEAF = name -> Optional.empty();

  /** The type of the property named {@code javaName}, if this type has one; {@link #LEAF} for simple values. */
  Optional<DomainType> property(String javaName);
}
