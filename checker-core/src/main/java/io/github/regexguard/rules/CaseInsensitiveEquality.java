package io.github.regexguard.rules;

import io.github.regexguard.model.Anchoring;
import io.github.regexguard.model.Level;
import io.github.regexguard.model.Problem;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.resolve.FieldFacts;
import io.github.regexguard.rule.Describe;
import io.github.regexguard.rule.QueryRule;
import io.github.regexguard.rule.Rule;
import java.util.Optional;

/** A whole-value match made case-insensitive in a way no plain index can serve: the freeCodeCamp sign-in bug. */
@QueryRule(
    id = "CaseInsensitiveEquality",
    summary = "Whole-value match made case-insensitive, which no plain index can serve",
    identity = Level.ERROR,
    indexed = Level.WARNING,
    other = Level.NOTE)
public final class CaseInsensitiveEquality implements Rule {

  @Override
  public Problem problem() {
    return Problem.CASE_INSENSITIVE_EQUALITY;
  }

  @Override
  public Optional<String> check(QueryPredicate p, FieldFacts facts) {
    if (!p.shape().caseInsensitive() || p.shape().anchoring() != Anchoring.EXACT) {
      return Optional.empty();
    }
    return Optional.of(p.field().displayName() + " is compared case-insensitively with " + Describe.match(p)
        + "; an index on " + p.field().displayName() + " cannot serve a case-insensitive match, "
        + Describe.scan(p) + "." + Describe.evidence(facts));
  }
}
