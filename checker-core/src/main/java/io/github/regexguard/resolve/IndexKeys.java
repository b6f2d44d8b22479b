package io.github.regexguard.resolve;

import io.github.regexguard.model.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.json.JsonParseException;

/** The keys of one declared index, in key order, and how they become catalog entries. */
record IndexKeys(List<Key> keys, boolean unique, Optional<String> collation) {

  /** One key; an empty kind is a key these rules ignore (geo), which still takes its position. */
  record Key(String field, Optional<IndexKind> kind) {}

  IndexKeys {
    keys = List.copyOf(keys);
  }

  /**
   * The keys of a MongoDB key document such as {@code {'tenantId': 1, 'email': -1}}, parsed with the
   * BSON library's relaxed JSON reader. Empty when it is not a document.
   */
  static Optional<List<Key>> parseMongoKeys(String json) {
    try {
      BsonDocument document = BsonDocument.parse(json);
      List<Key> keys = new ArrayList<>();
      for (var entry : document.entrySet()) {
        keys.add(new Key(entry.getKey(), mongoKind(entry.getValue())));
      }
      return Optional.of(keys);
    } catch (JsonParseException | IllegalArgumentException | org.bson.BSONException e) {
      return Optional.empty();
    }
  }

  /** {@code 1}/{@code -1} regular, {@code "text"}, {@code "hashed"}; anything else (geo) is ignored. */
  static Optional<IndexKind> mongoKind(BsonValue value) {
    if (value.isNumber()) {
      return Optional.of(IndexKind.REGULAR);
    }
    if (value.isString()) {
      return mongoKind(value.asString().getValue());
    }
    return Optional.empty();
  }

  static Optional<IndexKind> mongoKind(String value) {
    return switch (value) {
      case "text" -> Optional.of(IndexKind.TEXT);
      case "hashed" -> Optional.of(IndexKind.HASHED);
      case "1", "-1" -> Optional.of(IndexKind.REGULAR);
      default -> Optional.empty();
    };
  }

  List<IndexEntry> entries(Store store, String owner, String declaredAt) {
    List<IndexEntry> entries = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Key key = keys.get(i);
      if (key.kind().isPresent()) {
        // A unique compound index makes only the combination unique, not the field alone.
        boolean alone = unique && keys.size() == 1;
        entries.add(new IndexEntry(store, owner, key.field(), key.kind().get(), alone, i, collation,
            Optional.empty(), declaredAt));
      }
    }
    return entries;
  }
}
