package io.github.regexguard.pattern;

import io.github.regexguard.model.Anchoring;
import java.util.List;
import java.util.Optional;

/**
 * What an index can make of a pattern.
 *
 * @param anchoring where the pattern is pinned
 * @param prefix the literal text right after the start anchor (quoted run-time values included);
 *     empty when there is none
 * @param exactValue for {@link Anchoring#EXACT}: the whole value matched, escapes removed
 * @param caseInsensitive matched without regard to case
 * @param multiline {@code ^} and {@code $} match at line breaks
 * @param alternation the pattern contains an alternation, which MongoDB never bounds
 * @param rawDynamicParts run-time values spliced into the pattern without escaping
 * @param pattern the pattern as the code builds it
 */
public record PatternShape(
    Anchoring anchoring,
    PatternText prefix,
    Optional<PatternText> exactValue,
    boolean caseInsensitive,
    boolean multiline,
    boolean alternation,
    List<PatternPart.Dynamic> rawDynamicParts,
    PatternText pattern) {

  public PatternShape {
    rawDynamicParts = List.copyOf(rawDynamicParts);
  }

  /** The pattern as the code builds it, run-time values shown as {@code ${expr}}. */
  public String text() {
    return pattern.display();
  }

  public boolean hasLiteralPrefix() {
    return !prefix.parts().isEmpty();
  }

  public boolean hasRawInput() {
    return !rawDynamicParts.isEmpty();
  }

  public PatternShape withCaseInsensitive(boolean on) {
    return new PatternShape(
        anchoring, prefix, exactValue, on, multiline, alternation, rawDynamicParts, pattern);
  }
}
