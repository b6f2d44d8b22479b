package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.regexguard.fold.ExpressionFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads every index declaration of the tree into an {@link IndexCatalog}. A Java file is parsed only
 * when its text mentions an index, key or mapping annotation or an index-creating call; its syntax
 * tree is dropped once its entries are read.
 */
public final class CatalogBuilder implements Supplier<IndexCatalog> {

  private static final List<String> JAVA_TRIGGERS = List.of("@Index", "@CompoundIndex", "@TextIndexed",
      "@HashIndexed", "@Text", "@Table", "@Column", "@Id", "@NaturalId", "createIndex", "ensureIndex");

  private final SourceTree tree;
  private final TreeEntities entities;
  private final MappingIndexes mappings;
  private final IndexCalls calls;

  public CatalogBuilder(SourceTree tree, TreeEntities entities, ExpressionFolder folder) {
    this.tree = tree;
    this.entities = entities;
    this.mappings = new MappingIndexes(folder, entities);
    this.calls = new IndexCalls(folder, new MongoCollections(entities, folder), entities);
  }

  @Override
  public IndexCatalog get() {
    List<IndexEntry> entries = new ArrayList<>();
    for (Path file : tree.javaFiles()) {
      Optional<String> text = tree.read(file);
      if (text.isPresent() && JAVA_TRIGGERS.stream().anyMatch(text.get()::contains)) {
        tree.parseUncached(file).ifPresent(unit -> entries.addAll(java(unit)));
      }
    }
    for (Path file : tree.resourceFiles()) {
      tree.read(file).ifPresent(text -> entries.addAll(resource(file, text)));
    }
    return new IndexCatalog(entries);
  }

  private List<IndexEntry> java(CompilationUnit unit) {
    List<IndexEntry> entries = new ArrayList<>();
    try {
      for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
        entities.entityOf(type).ifPresent(entity -> entries.addAll(mappings.read(type, entity)));
      }
      entries.addAll(calls.read(unit));
    } catch (StackOverflowError | RuntimeException e) {
      // a file the readers cannot follow teaches nothing
    }
    return entries;
  }

  /** SQL scripts, and XML or YAML files that are Liquibase changelogs. */
  static List<IndexEntry> resource(Path file, String text) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".sql")) {
      return SqlIndexes.read(text, name, 1);
    }
    if (!text.contains("databaseChangeLog")) {
      return List.of();
    }
    if (lower.endsWith(".xml")) {
      return LiquibaseIndexes.readXml(text, name);
    }
    return LiquibaseIndexes.readYaml(text, name);
  }
}
