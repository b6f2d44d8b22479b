package io.github.regexguard.rule;

import io.github.regexguard.model.Problem;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.resolve.FieldFacts;
import java.util.Optional;

/** A pure function from a predicate and what is known of its field to at most one message. */
public interface Rule {

  /** The problem this rule reports, which selects the rewrite. */
  Problem problem();

  /**
   * The message when {@code predicate} has this rule's problem: what the code does and why the index
   * cannot serve it. Empty when it does not.
   */
  Optional<String> check(QueryPredicate predicate, FieldFacts facts);

  default RuleInfo info() {
    return RuleInfo.of(getClass());
  }
}
