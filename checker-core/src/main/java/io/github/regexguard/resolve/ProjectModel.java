package io.github.regexguard.resolve;

import io.github.regexguard.fold.ConstantSource;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.SqlDialect;
import io.github.regexguard.model.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What the whole project tells about a predicate's field: constants, identity, indexes. */
public final class ProjectModel {

  private final ConstantSource constants;
  private final EntityModel entities;
  private final IndexKnowledge indexes;
  private final IdentityFields identityFields;
  private final Set<String> configuredIndexed;
  private final Optional<SqlDialect> sqlDialect;

  /**
   * @param configuredIndexed {@code collection.field}, {@code table.column} or a bare field name,
   *     from configuration, for indexes the tree does not declare
   */
  public ProjectModel(
      ConstantSource constants,
      EntityModel entities,
      IndexKnowledge indexes,
      IdentityFields identityFields,
      Set<String> configuredIndexed) {
    this(constants, entities, indexes, identityFields, configuredIndexed, Optional.empty());
  }

  public ProjectModel(
      ConstantSource constants,
      EntityModel entities,
      IndexKnowledge indexes,
      IdentityFields identityFields,
      Set<String> configuredIndexed,
      Optional<SqlDialect> sqlDialect) {
    this.constants = constants;
    this.entities = entities;
    this.indexes = indexes;
    this.identityFields = identityFields;
    this.configuredIndexed = Set.copyOf(configuredIndexed);
    this.sqlDialect = sqlDialect;
  }

  public ConstantSource constants() {
    return constants;
  }

  /** The configured SQL dialect ({@code sqlDialect} in {@code regexguard.yml}), if any. */
  public Optional<SqlDialect> sqlDialect() {
    return sqlDialect;
  }

  public EntityModel entities() {
    return entities;
  }

  public FieldFacts factsFor(Store store, FieldRef field) {
    String name = field.displayName();
    List<IndexEntry> known = new ArrayList<>(indexes.indexesOn(store, field.owner(), name));
    Optional<IndexEntry> unique = known.stream().filter(i -> i.unique() && i.usableForPlainField()).findFirst();
    Optional<IndexEntry> usable = known.stream().filter(IndexEntry::usableForPlainField).findFirst();
    boolean configured = isConfiguredIndexed(field);
    boolean identityName = identityFields.matches(name);
    String where = field.owner().map(o -> o + "." + name).orElse(name);
    if (unique.isPresent()) {
      return new FieldFacts(FieldClass.IDENTITY, known,
          Optional.of(where + " is unique-indexed (" + unique.get().declaredAt() + ")"));
    }
    if (identityName) {
      String evidence = usable.map(i -> where + " is indexed (" + i.declaredAt() + ")")
          .orElse(configured ? where + " is indexed (configuration)" : where
              + " is an identity field with no declared index: add the index along with the rewrite");
      return new FieldFacts(FieldClass.IDENTITY, known, Optional.of(evidence));
    }
    if (usable.isPresent()) {
      return new FieldFacts(FieldClass.INDEXED, known,
          Optional.of(where + " is indexed (" + usable.get().declaredAt() + ")"));
    }
    if (configured) {
      return new FieldFacts(FieldClass.INDEXED, known, Optional.of(where + " is indexed (configuration)"));
    }
    Optional<String> unusable = known.stream().findFirst().map(i ->
        where + " has only a " + i.kind().name().toLowerCase(Locale.ROOT) + " index (" + i.declaredAt()
            + "), which cannot serve this predicate");
    return new FieldFacts(FieldClass.OTHER, known, unusable);
  }

  private boolean isConfiguredIndexed(FieldRef field) {
    String name = field.displayName();
    if (configuredIndexed.contains(name)) {
      return true;
    }
    return field.owner().map(o -> configuredIndexed.contains(o + "." + name)).orElse(false)
        || configuredIndexed.stream().anyMatch(c -> c.endsWith("." + name) && field.owner().isEmpty());
  }
}
