package io.github.regexguard.rules;

import io.github.regexguard.model.Operator;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Store;
import io.github.regexguard.resolve.FieldFacts;

/** Wording shared by the rules' messages. */
final class Describe {

  private Describe() {}

  /** Patterns longer than this are shortened in messages (a generated pattern can run to megabytes). */
  private static final int LONGEST_PATTERN = 200;

  /** How the predicate matches, e.g. {@code the regex /^${email}$/i}. */
  static String match(QueryPredicate p) {
    String full = p.shape().text();
    String pattern = full.length() <= LONGEST_PATTERN ? full : full.substring(0, LONGEST_PATTERN) + "…";
    return switch (p.operator()) {
      case REGEX -> "the regex /" + pattern + "/" + (p.shape().caseInsensitive() ? "i" : "")
          + (p.shape().multiline() ? "m" : "");
      case LIKE -> (p.shape().caseInsensitive() ? "a case-folded LIKE '" : "LIKE '") + pattern + "'";
      case ILIKE -> "ILIKE '" + pattern + "'";
      case EQ_CASE_FOLDED -> "a case-folded comparison (" + pattern + ")";
      case NEVER_INDEXED_REGEX -> "the regex " + pattern;
    };
  }

  /** What a scan costs in this store. */
  static String scan(QueryPredicate p) {
    return p.store() == Store.MONGO ? "so every call scans the collection or the whole index"
        : p.store() == Store.SQL ? "so every call reads the whole table" : "so every call visits every term";
  }

  /** The field evidence as a trailing sentence, or nothing. */
  static String evidence(FieldFacts facts) {
    return facts.evidence().map(e -> " " + capitalise(e) + ".").orElse("");
  }

  static boolean isPattern(Operator operator) {
    return operator != Operator.EQ_CASE_FOLDED;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
