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

/** A pattern with no index bounds: unanchored, suffix, {@code ^} with multiline, alternation, leading wildcard. */
@QueryRule(
    id = "UnanchoredMatch",
    summary = "Pattern with no usable anchor, so no index can bound it",
    identity = Level.ERROR,
    indexed = Level.WARNING,
    other = Level.NOTE)
public final class UnanchoredMatch implements Rule {

  @Override
  public Problem problem() {
    return Problem.UNANCHORED_MATCH;
  }

  @Override
  public Optional<String> check(QueryPredicate p, FieldFacts facts) {
    if (!Describe.isPattern(p.operator())) {
      return Optional.empty();
    }
    if (p.operator() == Operator.NEVER_INDEXED_REGEX) {
      return Optional.of(p.field().displayName() + " is matched with " + Describe.match(p)
          + ", which this database never serves from an index, " + Describe.scan(p) + "." + Describe.evidence(facts));
    }
    if (p.shape().anchoring() != Anchoring.NONE) {
      return Optional.empty();
    }
    return Optional.of(p.field().displayName() + " is matched with " + Describe.match(p) + ", which "
        + reason(p) + "; no index can bound it, " + Describe.scan(p) + "." + Describe.evidence(facts));
  }

  private static String reason(QueryPredicate p) {
    if (p.shape().alternation()) {
      return "contains an alternation";
    }
    if (p.shape().multiline() && p.shape().text().startsWith("^")) {
      return "anchors with ^ under the multiline option (^ then matches at every line)";
    }
    if (p.operator() == Operator.LIKE || p.operator() == Operator.ILIKE) {
      return "starts with a wildcard";
    }
    if (p.shape().hasRawInput() && p.shape().pattern().parts().size() == 1) {
      return "is entirely a run-time value with no visible anchor";
    }
    return "is not anchored at the start";
  }
}
