package io.github.regexguard.resolve;

/** Kinds of index, as far as they matter to regex and case-folded predicates. */
public enum IndexKind {
  /** A B-tree (or MongoDB single/compound) index on the plain field. */
  REGULAR,
  /** A full-text index: never serves regex or equality on the field. */
  TEXT,
  /** A hashed index: equality only, never a range or regex. */
  HASHED,
  /** A SQL index on an expression such as {@code lower(email)}. */
  EXPRESSION,
  /** A PostgreSQL {@code pg_trgm} GIN/GiST index: serves LIKE/ILIKE/regex with three or more characters. */
  TRIGRAM,
  /** A PostgreSQL B-tree with {@code text_pattern_ops}/{@code varchar_pattern_ops}: serves LIKE prefixes. */
  PATTERN_OPS;

  /** Whether the index can bound an equality or prefix predicate on the field itself. */
  public boolean servesPlainField() {
    return this == REGULAR || this == PATTERN_OPS;
  }
}
