package io.github.regexguard.resolve;

import io.github.regexguard.model.Store;
import java.util.List;
import java.util.Optional;

/** The indexes regexguard knows of, from the scanned tree and the configuration. */
public interface IndexKnowledge {

  IndexKnowledge NONE = (store, owner, field) -> List.of();

  /**
   * The indexes covering {@code field}.
   *
   * @param owner the collection or table when the predicate tells it; when empty, indexes on a field
   *     of that name in any collection or table match
   */
  List<IndexEntry> indexesOn(Store store, Optional<String> owner, String field);
}
