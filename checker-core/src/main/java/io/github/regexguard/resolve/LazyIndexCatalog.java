package io.github.regexguard.resolve;

import io.github.regexguard.model.Store;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the {@link IndexCatalog} the first time a query asks about an index, so a scan that finds no
 * query pays nothing for it. Safe for concurrent use: one thread builds, the others wait for it.
 */
public final class LazyIndexCatalog implements IndexKnowledge {

  private final Supplier<IndexCatalog> builder;
  private volatile IndexCatalog catalog;

  public LazyIndexCatalog(Supplier<IndexCatalog> builder) {
    this.builder = builder;
  }

  @Override
  public List<IndexEntry> indexesOn(Store store, Optional<String> owner, String field) {
    return catalog().indexesOn(store, owner, field);
  }

  /** The catalog, built now if nothing has asked before. */
  public IndexCatalog catalog() {
    IndexCatalog built = catalog;
    if (built == null) {
      synchronized (this) {
        built = catalog;
        if (built == null) {
          built = builder.get();
          catalog = built;
        }
      }
    }
    return built;
  }

  /** Whether the catalog has been built (for statistics and tests). */
  public boolean isBuilt() {
    return catalog != null;
  }
}
