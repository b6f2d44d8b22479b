package io.github.regexguard.model;

import java.util.List;
import java.util.Optional;

/**
 * A suppression written in the code: {@code @SuppressWarnings("regexguard[:RuleId][ -- reason]")} on an
 * enclosing declaration, or {@code // regexguard:ignore [RuleId...] [-- reason]} on the finding's line or
 * the line above.
 *
 * @param path the file, relative to the scan root
 * @param line where the annotation or comment is
 * @param kind annotation or comment
 * @param ruleIds the rules it silences; empty means every rule
 * @param reason why, when the author gave one
 */
public record Suppression(String path, int line, Kind kind, List<String> ruleIds, Optional<String> reason) {

  /** How the suppression is written. */
  public enum Kind {
    ANNOTATION,
    COMMENT
  }

  public Suppression {
    ruleIds = List.copyOf(ruleIds);
  }

  public boolean covers(String ruleId) {
    return ruleIds.isEmpty() || ruleIds.contains(ruleId);
  }

  /** The form and what it silences, e.g. {@code regexguard:ignore (UnanchoredMatch)}. */
  public String how() {
    String rules = ruleIds.isEmpty() ? "all rules" : String.join(", ", ruleIds);
    return (kind == Kind.ANNOTATION ? "@SuppressWarnings" : "regexguard:ignore") + " (" + rules + ")";
  }

  /** {@code path:line} and {@link #how()}, e.g. {@code Dao.java:12 regexguard:ignore (UnanchoredMatch)}. */
  public String describe() {
    return path + ":" + line + " " + how();
  }
}
