package io.github.regexguard.resolve;

/** The three columns of the severity table (design §4). */
public enum FieldClass {
  /** Named like an identity, unique-indexed, or configured as identity. */
  IDENTITY,
  /** Has a usable (regular) index but is not an identity field. */
  INDEXED,
  /** Neither. */
  OTHER
}
