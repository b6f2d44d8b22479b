package io.github.regexguard.model;

/** How a predicate compares its field with its pattern or value. */
public enum Operator {
  /** A regular expression match ({@code $regex}, a {@code Pattern} value, SQL {@code ~}, {@code REGEXP}). */
  REGEX,
  /** SQL {@code LIKE} (and Mongo-repository {@code Like}, which is a regex). */
  LIKE,
  /** SQL {@code ILIKE} or {@code lower(col) LIKE}. */
  ILIKE,
  /** Whole-value equality after case folding: {@code lower(col) = ?}, {@code equalIgnoreCase}, {@code $toLower}. */
  EQ_CASE_FOLDED,
  /** An operator that never uses an index whatever the pattern (MySQL {@code REGEXP}, Elasticsearch {@code regexp}). */
  NEVER_INDEXED_REGEX
}
