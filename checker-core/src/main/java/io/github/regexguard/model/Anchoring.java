package io.github.regexguard.model;

/** Where a pattern is pinned to the value, which decides whether an index can bound it. */
public enum Anchoring {
  /** Anchored at the start only: an index range on the literal prefix is possible. */
  PREFIX,
  /** Anchored at both ends around literal text or one value: an equality by intent. */
  EXACT,
  /** No usable anchor: unanchored, suffix-only, {@code ^} with multiline, or top-level alternation. */
  NONE
}
