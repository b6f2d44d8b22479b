package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.fold.SourceFacts;
import io.github.regexguard.source.Imports;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Indexes declared by annotations on mapped classes: Spring Data MongoDB ({@code @Indexed},
 * {@code @CompoundIndex(es)}, {@code @TextIndexed}, {@code @HashIndexed}), Morphia ({@code @Indexes},
 * {@code @Indexed}, {@code @Text}) and JPA/Hibernate ({@code @Table(indexes, uniqueConstraints)},
 * {@code @Column(unique)}, {@code @Id}, {@code @NaturalId}).
 */
final class MappingIndexes {

  private static final List<String> INDEXED = List.of("org.springframework.data.mongodb.core.index.Indexed",
      "dev.morphia.annotations.Indexed", "org.mongodb.morphia.annotations.Indexed");
  private static final List<String> TEXT_INDEXED = List.of("org.springframework.data.mongodb.core.index.TextIndexed",
      "dev.morphia.annotations.Text", "org.mongodb.morphia.annotations.Text");
  private static final List<String> HASH_INDEXED = List.of("org.springframework.data.mongodb.core.index.HashIndexed");
  private static final List<String> COMPOUND_INDEX = List.of("org.springframework.data.mongodb.core.index.CompoundIndex");
  private static final List<String> COMPOUND_INDEXES =
      List.of("org.springframework.data.mongodb.core.index.CompoundIndexes");
  private static final List<String> MORPHIA_INDEXES =
      List.of("dev.morphia.annotations.Indexes", "org.mongodb.morphia.annotations.Indexes");
  private static final List<String> NATURAL_ID = List.of("org.hibernate.annotations.NaturalId");

  private final ExpressionFolder folder;
  private final EntityModel entities;

  MappingIndexes(ExpressionFolder folder, EntityModel entities) {
    this.folder = folder;
    this.entities = entities;
  }

  List<IndexEntry> read(TypeDeclaration<?> type, Entity entity) {
    Optional<CompilationUnit> unit = type.findCompilationUnit();
    if (unit.isEmpty()) {
      return List.of();
    }
    Imports imports = SourceFacts.importsOf(unit.get());
    List<IndexEntry> entries = new ArrayList<>();
    Optional<String> documentCollation = Annotations.find(type, imports, Mappings.SPRING_DOCUMENT)
        .flatMap(d -> Annotations.string(d, folder, "collation"));
    classLevel(type, entity, imports, documentCollation, unit.get(), entries);
    List<IndexKeys.Key> naturalId = new ArrayList<>();
    String naturalIdAt = "";
    for (FieldDeclaration field : type.getFields()) {
      if (field.isStatic()) {
        continue;
      }
      for (VariableDeclarator variable : field.getVariables()) {
        String column = entity.property(variable.getNameAsString()).map(Entity.Property::dbName)
            .orElse(variable.getNameAsString());
        fieldLevel(field, column, entity, imports, documentCollation, unit.get(), entries);
        Optional<AnnotationExpr> natural = Annotations.find(field, imports, NATURAL_ID);
        if (natural.isPresent()) {
          naturalId.add(new IndexKeys.Key(column, Optional.of(IndexKind.REGULAR)));
          naturalIdAt = naturalIdAt.isEmpty() ? cite(unit.get(), natural.get()) : naturalIdAt;
        }
      }
    }
    // Hibernate backs the natural id (one or several fields) with one unique constraint.
    entries.addAll(new IndexKeys(naturalId, true, Optional.empty()).entries(entity.store(), entity.owner(), naturalIdAt));
    return entries;
  }

  private void classLevel(TypeDeclaration<?> type, Entity entity, Imports imports, Optional<String> documentCollation,
      CompilationUnit unit, List<IndexEntry> entries) {
    List<AnnotationExpr> compounds = new ArrayList<>(Annotations.findAll(type, imports, COMPOUND_INDEX));
    for (AnnotationExpr container : Annotations.findAll(type, imports, COMPOUND_INDEXES)) {
      for (Expression e : Annotations.elements(container, "value")) {
        if (e instanceof AnnotationExpr inner) {
          compounds.add(inner);
        }
      }
    }
    for (AnnotationExpr compound : compounds) {
      Optional<List<IndexKeys.Key>> keys = Annotations.string(compound, folder, "def").flatMap(IndexKeys::parseMongoKeys);
      Optional<String> collation = Annotations.string(compound, folder, "collation").or(() -> documentCollation);
      keys.ifPresent(k -> entries.addAll(new IndexKeys(renamed(entity, k), Annotations.flag(compound, "unique"), collation)
          .entries(entity.store(), entity.owner(), cite(unit, compound))));
    }
    for (AnnotationExpr indexes : Annotations.findAll(type, imports, MORPHIA_INDEXES)) {
      for (Expression e : Annotations.elements(indexes, "value")) {
        if (e instanceof AnnotationExpr index) {
          entries.addAll(morphiaIndex(index, entity, unit));
        }
      }
    }
    Annotations.find(type, imports, Mappings.JPA_TABLE).ifPresent(table -> jpaTable(table, entity, unit, entries));
  }

  private List<IndexEntry> morphiaIndex(AnnotationExpr index, Entity entity, CompilationUnit unit) {
    List<IndexKeys.Key> keys = new ArrayList<>();
    for (Expression f : Annotations.elements(index, "fields")) {
      if (f instanceof AnnotationExpr field) {
        Optional<String> name = Annotations.string(field, folder, "value");
        Optional<IndexKind> kind = Annotations.member(field, "type").map(MappingIndexes::morphiaKind)
            .orElse(Optional.of(IndexKind.REGULAR));
        name.ifPresent(n -> keys.add(new IndexKeys.Key(n, kind)));
      }
    }
    Optional<AnnotationExpr> options = Annotations.member(index, "options")
        .filter(o -> o instanceof AnnotationExpr).map(o -> (AnnotationExpr) o);
    boolean unique = options.map(o -> Annotations.flag(o, "unique")).orElse(false);
    Optional<String> collation = options.flatMap(o -> Annotations.member(o, "collation")).map(Node::toString);
    return new IndexKeys(renamed(entity, keys), unique, collation).entries(entity.store(), entity.owner(), cite(unit, index));
  }

  /** {@code IndexType.TEXT}, {@code HASHED}; {@code ASC}/{@code DESC} are regular; geo types are ignored. */
  private static Optional<IndexKind> morphiaKind(Expression type) {
    String name = type instanceof FieldAccessExpr access ? access.getNameAsString()
        : type instanceof NameExpr n ? n.getNameAsString() : "";
    return switch (name) {
      case "TEXT" -> Optional.of(IndexKind.TEXT);
      case "HASHED" -> Optional.of(IndexKind.HASHED);
      case "ASC", "DESC" -> Optional.of(IndexKind.REGULAR);
      default -> Optional.empty();
    };
  }

  private void jpaTable(AnnotationExpr table, Entity entity, CompilationUnit unit, List<IndexEntry> entries) {
    for (Expression e : Annotations.elements(table, "indexes")) {
      if (e instanceof AnnotationExpr index) {
        List<IndexKeys.Key> keys = Annotations.string(index, folder, "columnList").map(MappingIndexes::columnList)
            .orElse(List.of());
        entries.addAll(new IndexKeys(keys, Annotations.flag(index, "unique"), Optional.empty())
            .entries(entity.store(), entity.owner(), cite(unit, index)));
      }
    }
    for (Expression e : Annotations.elements(table, "uniqueConstraints")) {
      if (e instanceof AnnotationExpr constraint) {
        List<IndexKeys.Key> keys = new ArrayList<>();
        for (Expression column : Annotations.elements(constraint, "columnNames")) {
          folder.constantString(column).ifPresent(c -> keys.add(new IndexKeys.Key(c.trim(), Optional.of(IndexKind.REGULAR))));
        }
        entries.addAll(new IndexKeys(keys, true, Optional.empty()).entries(entity.store(), entity.owner(),
            cite(unit, constraint)));
      }
    }
  }

  /** JPA's {@code columnList}: {@code "email, tenant_id DESC"}. */
  private static List<IndexKeys.Key> columnList(String columnList) {
    List<IndexKeys.Key> keys = new ArrayList<>();
    for (String part : columnList.split(",")) {
      String column = part.trim().split("\\s+")[0];
      if (!column.isEmpty()) {
        keys.add(new IndexKeys.Key(column, Optional.of(IndexKind.REGULAR)));
      }
    }
    return keys;
  }

  /** Adds the single-field indexes a field's own annotations declare. */
  private void fieldLevel(FieldDeclaration field, String column, Entity entity, Imports imports,
      Optional<String> documentCollation, CompilationUnit unit, List<IndexEntry> entries) {
    for (AnnotationExpr indexed : Annotations.findAll(field, imports, INDEXED)) {
      Optional<AnnotationExpr> options = Annotations.member(indexed, "options")
          .filter(o -> o instanceof AnnotationExpr).map(o -> (AnnotationExpr) o);
      boolean unique = Annotations.flag(indexed, "unique") || options.map(o -> Annotations.flag(o, "unique")).orElse(false);
      Optional<String> collation = Annotations.string(indexed, folder, "collation")
          .or(() -> options.flatMap(o -> Annotations.member(o, "collation")).map(Node::toString))
          .or(() -> documentCollation);
      entries.add(entry(entity, column, IndexKind.REGULAR, unique, collation, cite(unit, indexed)));
    }
    Annotations.find(field, imports, TEXT_INDEXED).ifPresent(a ->
        entries.add(entry(entity, column, IndexKind.TEXT, false, Optional.empty(), cite(unit, a))));
    Annotations.find(field, imports, HASH_INDEXED).ifPresent(a ->
        entries.add(entry(entity, column, IndexKind.HASHED, false, Optional.empty(), cite(unit, a))));
    Annotations.find(field, imports, Mappings.JPA_COLUMN).filter(a -> Annotations.flag(a, "unique")).ifPresent(a ->
        entries.add(entry(entity, column, IndexKind.REGULAR, true, Optional.empty(), cite(unit, a))));
    Annotations.find(field, imports, Mappings.JPA_ID).ifPresent(a ->
        entries.add(entry(entity, column, IndexKind.REGULAR, true, Optional.empty(), cite(unit, a))));
  }

  private static IndexEntry entry(Entity entity, String column, IndexKind kind, boolean unique,
      Optional<String> collation, String declaredAt) {
    return new IndexEntry(entity.store(), entity.owner(), column, kind, unique, 0, collation, Optional.empty(), declaredAt);
  }

  /** Index keys written as Java property paths become database paths where the entity renames them. */
  private List<IndexKeys.Key> renamed(Entity entity, List<IndexKeys.Key> keys) {
    List<IndexKeys.Key> renamed = new ArrayList<>();
    for (IndexKeys.Key key : keys) {
      String field = entities.databasePath(entity, key.field()).orElse(key.field());
      renamed.add(new IndexKeys.Key(field, key.kind()));
    }
    return renamed;
  }

  private static String cite(CompilationUnit unit, Node node) {
    return SourceTree.cite(unit, node.getBegin().map(p -> p.line).orElse(1));
  }
}
