package io.github.regexguard.rule;

import io.github.regexguard.model.Operator;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.resolve.FieldFacts;

/** Wording shared by the rules' messages. */
public final class Describe {

  private Describe() {}

  /** How the predicate matches, e.g. {@code the regex /^${email}$/i}. */
  public static String match(QueryPredicate p) {
    String pattern = shortened(p.shape().text());
    return switch (p.operator()) {
      case REGEX -> "the regex /" + pattern + "/" + (p.shape().caseInsensitive() ? "i" : "")
          + (p.shape().multiline() ? "m" : "");
      case LIKE -> (p.shape().caseInsensitive() ? "a case-folded LIKE '" : "LIKE '") + likeText(p) + "'";
      case ILIKE -> "ILIKE '" + likeText(p) + "'";
      case EQ_CASE_FOLDED -> "a case-folded comparison (" + pattern + ")";
      case NEVER_INDEXED_REGEX -> "the regex " + pattern;
    };
  }

  /** A LIKE pattern with run-time values shown as {@code ${value}}: LIKE has no quoting syntax. */
  private static String likeText(QueryPredicate p) {
    StringBuilder out = new StringBuilder();
    for (PatternPart part : p.shape().pattern().parts()) {
      if (part instanceof PatternPart.Literal literal) {
        out.append(literal.text());
      } else {
        out.append("${").append(((PatternPart.Dynamic) part).source()).append('}');
      }
    }
    return out.toString();
  }

  /** What a scan costs in this store. */
  public static String scan(QueryPredicate p) {
    return p.store() == Store.MONGO ? "so every call scans the collection or the whole index"
        : p.store() == Store.SQL ? "so every call reads the whole table" : "so every call visits every term";
  }

  /**
   * The field evidence as a trailing sentence, or nothing. It starts with the field's name as the
   * database spells it ({@code users.email is unique-indexed (User.java:14)}), so it is not capitalised.
   */
  public static String evidence(FieldFacts facts) {
    return facts.evidence().map(e -> " " + e + ".").orElse("");
  }

  public static boolean isPattern(Operator operator) {
    return operator != Operator.EQ_CASE_FOLDED;
  }

  /** Patterns longer than this are shortened in messages (a generated pattern can run to megabytes). */
  private static final int LONGEST_PATTERN = 200;

  private static String shortened(String pattern) {
    return pattern.length() <= LONGEST_PATTERN ? pattern : pattern.substring(0, LONGEST_PATTERN) + "…";
  }
}
