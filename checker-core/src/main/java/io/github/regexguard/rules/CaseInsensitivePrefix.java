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

/** A prefix match made case-insensitive: the index cannot bound it, so type-ahead scans everything. */
@QueryRule(
    id = "CaseInsensitivePrefix",
    summary = "Prefix match made case-insensitive, which no plain index can bound",
    identity = Level.ERROR,
    indexed = Level.WARNING,
    other = Level.NOTE)
public final class CaseInsensitivePrefix implements Rule {

  @Override
  public Problem problem() {
    return Problem.CASE_INSENSITIVE_PREFIX;
  }

  @Override
  public Optional<String> check(QueryPredicate p, FieldFacts facts) {
    if (!p.shape().caseInsensitive() || p.shape().anchoring() != Anchoring.PREFIX
        || !Describe.isPattern(p.operator())) {
      return Optional.empty();
    }
    return Optional.of(p.field().displayName() + " is prefix-matched case-insensitively with "
        + Describe.match(p) + "; an index can bound only a case-sensitive prefix, " + Describe.scan(p) + "."
        + Describe.evidence(facts));
  }
}
