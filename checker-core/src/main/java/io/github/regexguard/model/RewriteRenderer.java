package io.github.regexguard.model;

import io.github.regexguard.resolve.IndexEntry;
import java.util.List;
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

  /**
   * An index among {@code indexes} (those the catalog knows on the predicate's field) that serves the
   * predicate exactly as written, such as an expression index on {@code lower(email)} for
   * {@code lower(email) = ?}. Findings on such a predicate drop to a note.
   */
  default Optional<IndexEntry> servingIndex(QueryPredicate predicate, List<IndexEntry> indexes) {
    return Optional.empty();
  }
}
