package io.github.regexguard.rules;

import io.github.regexguard.model.Level;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.Problem;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.resolve.FieldFacts;
import io.github.regexguard.rule.QueryRule;
import io.github.regexguard.rule.Rule;
import java.util.Optional;
import java.util.stream.Collectors;

/** A run-time value used as a regex or LIKE pattern without escaping: injection, wrong-user matches, ReDoS. */
@QueryRule(
    id = "UnquotedRegexInput",
    summary = "Run-time value used as a pattern without escaping",
    identity = Level.ERROR,
    indexed = Level.WARNING,
    other = Level.WARNING)
public final class UnquotedRegexInput implements Rule {

  @Override
  public Problem problem() {
    return Problem.UNQUOTED_INPUT;
  }

  @Override
  public Optional<String> check(QueryPredicate p, FieldFacts facts) {
    if (p.operator() == Operator.EQ_CASE_FOLDED || !p.shape().hasRawInput()) {
      return Optional.empty();
    }
    String values = p.shape().rawDynamicParts().stream().map(PatternPart.Dynamic::source)
        .distinct().collect(Collectors.joining(", "));
    String kind = p.operator() == Operator.LIKE || p.operator() == Operator.ILIKE ? "LIKE pattern" : "regex";
    return Optional.of(values + " is spliced into the " + kind + " on " + p.field().displayName()
        + " without escaping: its metacharacters change what matches (another user's record, a ReDoS "
        + "pattern) and can remove the anchor the index needs.");
  }
}
