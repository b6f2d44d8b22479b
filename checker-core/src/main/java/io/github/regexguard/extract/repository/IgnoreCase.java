package io.github.regexguard.extract.repository;

/** Whether a derived-query condition ignores case, as Spring Data's {@code Part.IgnoreCaseType}. */
public enum IgnoreCase {
  /** No {@code IgnoreCase} keyword. */
  NEVER,
  /**
   * {@code AllIgnoreCase} on the method: case is ignored for properties where it can be (strings);
   * other properties are compared as they are.
   */
  WHEN_POSSIBLE,
  /** {@code IgnoreCase}/{@code IgnoringCase} on the condition itself: the property must be a string. */
  ALWAYS;

  public boolean ignores() {
    return this != NEVER;
  }
}
