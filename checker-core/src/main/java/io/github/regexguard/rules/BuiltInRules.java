package io.github.regexguard.rules;

import java.util.List;

/** Every rule regexguard ships, in report order. */
public final class BuiltInRules {

  private BuiltInRules() {}

  public static List<Rule> all() {
    return List.of(
        new CaseInsensitiveEquality(),
        new CaseInsensitivePrefix(),
        new UnanchoredMatch(),
        new RegexEquality(),
        new UnquotedRegexInput());
  }
}
