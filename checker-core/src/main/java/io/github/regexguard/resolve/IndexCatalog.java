package io.github.regexguard.resolve;

import io.github.regexguard.model.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The indexes declared for (store, collection or table, field path after renames), each with its
 * kind, position in the key, collation and where it was declared (design §5).
 */
public final class IndexCatalog implements IndexKnowledge {

  /** Where MongoDB's own index on {@code _id} is "declared". */
  public static final String BUILT_IN_ID = "MongoDB's built-in _id index";

  private final List<IndexEntry> entries;
  private final Map<String, List<IndexEntry>> byField = new HashMap<>();

  public IndexCatalog(List<IndexEntry> entries) {
    this.entries = List.copyOf(entries);
    for (IndexEntry e : this.entries) {
      byField.computeIfAbsent(key(e.store(), e.field()), k -> new ArrayList<>()).add(e);
    }
  }

  public List<IndexEntry> entries() {
    return entries;
  }

  /**
   * The indexes on {@code field}. Names compare exactly for MongoDB and case-insensitively for SQL;
   * an entry whose collection is unknown (an empty owner) matches any owner, and so does a query whose
   * owner is unknown. Every MongoDB collection has a unique index on {@code _id}.
   */
  @Override
  public List<IndexEntry> indexesOn(Store store, Optional<String> owner, String field) {
    List<IndexEntry> found = new ArrayList<>();
    for (IndexEntry e : byField.getOrDefault(key(store, field), List.of())) {
      if (e.store() == store && sameName(store, e.field(), field)
          && (owner.isEmpty() || e.owner().isEmpty() || sameName(store, e.owner(), owner.get()))) {
        found.add(e);
      }
    }
    if (store == Store.MONGO && field.equals("_id")) {
      found.add(new IndexEntry(store, owner.orElse(""), "_id", IndexKind.REGULAR, true, 0, Optional.empty(),
          Optional.empty(), BUILT_IN_ID));
    }
    return found;
  }

  private static String key(Store store, String field) {
    return store == Store.SQL ? sqlName(field) : field;
  }

  private static boolean sameName(Store store, String a, String b) {
    return store == Store.SQL ? sqlName(a).equals(sqlName(b)) : a.equals(b);
  }

  /** Unquoted SQL identifiers are case-insensitive; a schema prefix does not change the table. */
  private static String sqlName(String name) {
    String n = name.replace("\"", "").replace("`", "");
    int dot = n.lastIndexOf('.');
    return (dot >= 0 && !n.contains("(") ? n.substring(dot + 1) : n).toLowerCase(Locale.ROOT);
  }
}
