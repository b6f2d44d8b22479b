package io.github.regexguard.model;

import java.util.Optional;

/**
 * Renders rewrites in the API of the code that built a predicate. Each front end supplies one per
 * predicate, holding whatever it needs to reuse the code's own names.
 */
public interface RewriteRenderer {

  /** The index-friendly alternatives for {@code problem}, best first. */
  Rewrite rewrite(Problem problem, QueryPredicate predicate);

  /** A behaviour-preserving text edit for {@code problem}, where one exists. */
  default Optional<SuggestedFix> fix(Problem problem, QueryPredicate predicate) {
    return Optional.empty();
  }
}
