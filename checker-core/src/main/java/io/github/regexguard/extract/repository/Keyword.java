package io.github.regexguard.extract.repository;

import java.util.List;

/**
 * The comparison a derived-query condition asks for, with the keywords that select it, in the
 * order Spring Data Commons tries them ({@code Part.Type}): the first type whose keyword ends the
 * condition wins, so {@code NotLike} is tried before {@code Like} and {@code IsNotNull} before
 * {@code IsNull}. A condition without a keyword is {@link #SIMPLE_PROPERTY}.
 */
public enum Keyword {
  BETWEEN(2, "IsBetween", "Between"),
  IS_NOT_NULL(0, "IsNotNull", "NotNull"),
  IS_NULL(0, "IsNull", "Null"),
  LESS_THAN(1, "IsLessThan", "LessThan"),
  LESS_THAN_EQUAL(1, "IsLessThanEqual", "LessThanEqual"),
  GREATER_THAN(1, "IsGreaterThan", "GreaterThan"),
  GREATER_THAN_EQUAL(1, "IsGreaterThanEqual", "GreaterThanEqual"),
  BEFORE(1, "IsBefore", "Before"),
  AFTER(1, "IsAfter", "After"),
  NOT_LIKE(1, "IsNotLike", "NotLike"),
  LIKE(1, "IsLike", "Like"),
  STARTING_WITH(1, "IsStartingWith", "StartingWith", "StartsWith"),
  ENDING_WITH(1, "IsEndingWith", "EndingWith", "EndsWith"),
  IS_NOT_EMPTY(0, "IsNotEmpty", "NotEmpty"),
  IS_EMPTY(0, "IsEmpty", "Empty"),
  NOT_CONTAINING(1, "IsNotContaining", "NotContaining", "NotContains"),
  CONTAINING(1, "IsContaining", "Containing", "Contains"),
  NOT_IN(1, "IsNotIn", "NotIn"),
  IN(1, "IsIn", "In"),
  NEAR(1, "IsNear", "Near"),
  WITHIN(1, "IsWithin", "Within"),
  REGEX(1, "MatchesRegex", "Matches", "Regex"),
  EXISTS(0, "Exists"),
  TRUE(0, "IsTrue", "True"),
  FALSE(0, "IsFalse", "False"),
  NEGATING_SIMPLE_PROPERTY(1, "IsNot", "Not"),
  SIMPLE_PROPERTY(1, "Is", "Equals");

  private final int arguments;
  private final List<String> words;

  Keyword(int arguments, String... words) {
    this.arguments = arguments;
    this.words = List.of(words);
  }

  /** How many method parameters a condition with this keyword consumes. */
  public int arguments() {
    return arguments;
  }

  /** The spellings, e.g. {@code IsStartingWith}, {@code StartingWith}, {@code StartsWith}. */
  public List<String> words() {
    return words;
  }

  /** Whether the condition negates its comparison ({@code Not}, {@code NotLike}, {@code NotContaining}, {@code NotIn}). */
  public boolean negated() {
    return this == NEGATING_SIMPLE_PROPERTY || this == NOT_LIKE || this == NOT_CONTAINING || this == NOT_IN;
  }

  /** The keyword a condition ends with; {@link #SIMPLE_PROPERTY} when it ends with none. */
  static Keyword of(String condition) {
    for (Keyword keyword : values()) {
      if (keyword.spelledAtEndOf(condition) != null) {
        return keyword;
      }
    }
    return SIMPLE_PROPERTY;
  }

  /** The spelling {@code condition} ends with, or null. */
  String spelledAtEndOf(String condition) {
    for (String word : words) {
      if (condition.endsWith(word)) {
        return word;
      }
    }
    return null;
  }
}
