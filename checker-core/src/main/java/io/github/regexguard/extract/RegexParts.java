package io.github.regexguard.extract;

import io.github.regexguard.pattern.PatternPart;

/** Pattern parts as libraries build them from values. */
public final class RegexParts {

  private RegexParts() {}

  /** The part as {@code Pattern.quote} leaves it: literal text inside {@code \Q…\E}, a run-time value marked quoted. */
  public static PatternPart quote(PatternPart part) {
    if (part instanceof PatternPart.Literal literal) {
      return literal.text().isEmpty() ? literal : new PatternPart.Literal("\\Q" + literal.text() + "\\E");
    }
    return new PatternPart.Dynamic(((PatternPart.Dynamic) part).source(), true);
  }
}
