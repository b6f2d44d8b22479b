package io.github.regexguard.pattern;

/** One piece of a pattern as the code builds it: constant text, or a value only known at run time. */
public sealed interface PatternPart {

  /** Constant pattern text, exactly as the regex engine will see it. */
  record Literal(String text) implements PatternPart {}

  /**
   * A run-time value.
   *
   * @param source the expression as written ({@code email}, {@code req.getName()})
   * @param quoted whether it is escaped ({@code Pattern.quote(x)}, inside {@code \Q...\E})
   */
  record Dynamic(String source, boolean quoted) implements PatternPart {}
}
