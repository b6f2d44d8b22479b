package io.github.regexguard.rules;

import io.github.regexguard.model.Anchoring;
import io.github.regexguard.model.Level;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.Problem;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.resolve.FieldFacts;
import io.github.regexguard.rule.Describe;
import io.github.regexguard.rule.QueryRule;
import io.github.regexguard.rule.Rule;
import java.util.Optional;

/** A case-sensitive {@code ^lit$} regex: an equality in disguise. */
@QueryRule(
    id = "RegexEquality",
    summary = "Case-sensitive anchored regex that is an equality in disguise",
    identity = Level.NOTE,
    indexed = Level.NOTE,
    other = Level.NOTE)
public final class RegexEquality implements Rule {

  @Override
  public Problem problem() {
    return Problem.REGEX_EQUALITY;
  }

  @Override
  public Optional<String> check(QueryPredicate p, FieldFacts facts) {
    if (p.operator() != Operator.REGEX || p.shape().caseInsensitive()
        || p.shape().anchoring() != Anchoring.EXACT) {
      return Optional.empty();
    }
    return Optional.of(p.field().displayName() + " is matched with " + Describe.match(p)
        + ", an equality written as a regex: the index still works, but the regex costs more per key and $ "
        + "also matches before a final newline.");
  }
}
