package io.github.regexguard.rule;

import io.github.regexguard.rules.CaseInsensitiveEquality;
import io.github.regexguard.rules.CaseInsensitivePrefix;
import io.github.regexguard.rules.RegexEquality;
import io.github.regexguard.rules.UnanchoredMatch;
import io.github.regexguard.rules.UnquotedRegexInput;
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
