package io.github.regexguard.extract.sql;

/** The strategies regexguard proposes for SQL (design §6), each backed by a PostgreSQL plan test. */
public enum SqlRewriteKind {
  /** Store the column normalised (lower-cased) and compare the normalised value with plain {@code =}. */
  NORMALISE_ON_WRITE,
  /** MySQL: a {@code _ci} collation already compares case-insensitively, so the function is dropped. */
  DROP_CASE_FOLD,
  /** Keep the query and add an index on exactly the expression it compares. */
  EXPRESSION_INDEX,
  /** PostgreSQL: make the column {@code citext} and compare with plain {@code =}. */
  CITEXT,
  /** PostgreSQL: give the column a nondeterministic ICU collation and compare with plain {@code =}. */
  NONDETERMINISTIC_COLLATION,
  /** A case-sensitive prefix {@code LIKE} on the normalised column, served by a {@code text_pattern_ops} index. */
  PATTERN_OPS_PREFIX,
  /** Keep the case folding and index it for prefixes: {@code lower(col) text_pattern_ops}. */
  EXPRESSION_PATTERN_OPS_PREFIX,
  /** PostgreSQL {@code pg_trgm}: a GIN trigram index serves contains, suffix and regex matches. */
  TRIGRAM,
  /** A suffix search turned into a prefix search on the reversed column. */
  REVERSED_SUFFIX_INDEX,
  /** An anchored, metacharacter-free regex written as the equality it is. */
  PLAIN_EQUALITY,
  /** Escape the run-time value's wildcards and declare the escape character. */
  ESCAPED_INPUT
}
