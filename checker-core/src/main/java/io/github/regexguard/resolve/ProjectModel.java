package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import io.github.regexguard.SqlDialect;
import io.github.regexguard.fold.ConstantSource;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the whole project tells about a predicate's field: constants, entities, identity, indexes. */
public final class ProjectModel {

  private final ConstantSource constants;
  private final EntityModel entities;
  private final IndexKnowledge indexes;
  private final IdentityFields identityFields;
  private final Set<String> configuredIndexed;
  private final Optional<SqlDialect> sqlDialect;
  private final GeneratedPaths generatedPaths;
  private final MongoCollections collections;
  private final ParsedFileListener learner;

  /** Receives the files the scan has parsed anyway, so the model need not parse them again. */
  @FunctionalInterface
  public interface ParsedFileListener {
    ParsedFileListener NONE = (file, text, unit) -> {};

    void parsed(Path file, String text, CompilationUnit unit);
  }

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
    this(constants, entities, indexes, identityFields, configuredIndexed, sqlDialect, ParsedFileListener.NONE);
  }

  private ProjectModel(
      ConstantSource constants,
      EntityModel entities,
      IndexKnowledge indexes,
      IdentityFields identityFields,
      Set<String> configuredIndexed,
      Optional<SqlDialect> sqlDialect,
      ParsedFileListener learner) {
    this.learner = learner;
    this.constants = constants;
    this.entities = entities;
    this.indexes = indexes;
    this.identityFields = identityFields;
    this.configuredIndexed = Set.copyOf(configuredIndexed);
    this.sqlDialect = sqlDialect;
    this.generatedPaths = new GeneratedPaths(entities);
    this.collections = new MongoCollections(entities, new ExpressionFolder(constants));
  }

  /**
   * The model of a source tree: constants, entities and the index catalog are all learned from
   * {@code tree}, lazily.
   */
  public static ProjectModel of(SourceTree tree, IdentityFields identityFields, Set<String> configuredIndexed,
      Optional<SqlDialect> sqlDialect) {
    TreeConstants constants = new TreeConstants(tree);
    ExpressionFolder folder = new ExpressionFolder(constants);
    TreeEntities entities = new TreeEntities(tree, folder);
    CatalogBuilder builder = new CatalogBuilder(tree, entities, folder);
    return new ProjectModel(constants, entities, new LazyIndexCatalog(builder), identityFields, configuredIndexed,
        sqlDialect, builder::learnFrom);
  }

  /**
   * Hands the model a file the scan parsed; what it declares (indexes, entities) is read now, while
   * its syntax tree is at hand, instead of parsing the file again when the catalog is built.
   */
  public void learnFrom(Path file, String text, CompilationUnit unit) {
    learner.parsed(file, text, unit);
  }

  public ConstantSource constants() {
    return constants;
  }

  public EntityModel entities() {
    return entities;
  }

  public IndexKnowledge indexes() {
    return indexes;
  }

  /** The configured SQL dialect ({@code sqlDialect} in {@code regexguard.yml}), if any. */
  public Optional<SqlDialect> sqlDialect() {
    return sqlDialect;
  }

  /**
   * The database field a generated-code reference names: {@code User_.email}, {@code
   * QUser.user.address.city}, {@code USERS.EMAIL}.
   */
  public Optional<MappedField> mappedField(Expression expression) {
    return generatedPaths.resolve(expression);
  }

  /**
   * The MongoDB collection an expression denotes, where the code tells: {@code
   * db.getCollection("users")} through locals, fields and constructor assignments, or a
   * {@code MongoCollection<User>} of a mapped entity.
   */
  public Optional<String> collectionOf(Expression collection) {
    return collections.of(collection);
  }

  public FieldFacts factsFor(Store store, FieldRef field) {
    String name = field.displayName();
    List<IndexEntry> known = new ArrayList<>(indexes.indexesOn(store, field.owner(), name));
    // A unique index found only by field name, in a collection or table the query may not touch,
    // does not make the field an identity: it counts as an ordinary index.
    Optional<IndexEntry> unique = known.stream().filter(ProjectModel::makesUnique)
        .filter(i -> field.owner().isPresent() || i.owner().isEmpty() || i.field().equals("_id"))
        .findFirst();
    Optional<IndexEntry> usable = known.stream().filter(IndexEntry::usableForPlainField).findFirst();
    boolean configured = isConfiguredIndexed(field);
    boolean identityName = identityFields.matches(name);
    if (unique.isPresent()) {
      return new FieldFacts(FieldClass.IDENTITY, known, Optional.of(describe(field, unique.get())));
    }
    String where = field.owner().map(o -> o + "." + name).orElse(name);
    if (identityName) {
      String evidence = usable.map(i -> describe(field, i))
          .orElse(configured ? where + " is indexed (configuration)" : where
              + " is an identity field with no declared index: add the index along with the rewrite");
      return new FieldFacts(FieldClass.IDENTITY, known, Optional.of(evidence));
    }
    if (usable.isPresent()) {
      return new FieldFacts(FieldClass.INDEXED, known, Optional.of(describe(field, usable.get())));
    }
    if (configured) {
      return new FieldFacts(FieldClass.INDEXED, known, Optional.of(where + " is indexed (configuration)"));
    }
    return new FieldFacts(FieldClass.OTHER, known, known.stream().findFirst().map(i -> describe(field, i)));
  }

  /** A unique index led by the field (a plain or expression index) makes the field identify a record. */
  private static boolean makesUnique(IndexEntry index) {
    return index.unique() && index.position() == 0
        && (index.kind().servesPlainField() || index.kind() == IndexKind.EXPRESSION);
  }

  /** {@code users.email is unique-indexed (User.java:14)} and its kin for the other kinds of index. */
  private static String describe(FieldRef field, IndexEntry index) {
    String description = describeIndex(field, index);
    boolean guessedOwner = field.owner().isEmpty() && !index.owner().isEmpty() && !index.field().equals("_id");
    return guessedOwner ? "the query's collection or table is not known; " + description : description;
  }

  private static String describeIndex(FieldRef field, IndexEntry index) {
    String owner = field.owner().orElse(index.owner());
    String where = owner.isEmpty() ? field.displayName() : owner + "." + field.displayName();
    String at = " (" + index.declaredAt() + ")";
    if (index.position() > 0) {
      return where + " is indexed only as key " + (index.position() + 1) + " of a compound index" + at
          + ", which cannot serve a predicate on it alone";
    }
    return switch (index.kind()) {
      case REGULAR -> where + (index.unique() ? " is unique-indexed" : " is indexed") + at;
      case PATTERN_OPS -> where + " is indexed with a pattern operator class" + at;
      case EXPRESSION -> where + " has " + (index.unique() ? "a unique" : "an") + " expression index on "
          + index.expression().orElse("an expression") + at;
      case TRIGRAM -> where + " has a trigram index" + at;
      case TEXT -> where + " has only a text index" + at + ", which cannot serve this predicate";
      case HASHED -> where + " has only a hashed index" + at + ", which cannot serve this predicate";
    };
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
