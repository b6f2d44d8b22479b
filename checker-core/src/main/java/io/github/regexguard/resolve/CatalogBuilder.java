package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.regexguard.fold.ExpressionFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads every index declaration of the tree into an {@link IndexCatalog}. Files the scan parsed are
 * read while their syntax trees are at hand ({@link #learnFrom}); of the others, a Java file is parsed
 * only when its text mentions an index, key or mapping annotation or an index-creating call, through
 * the tree's bounded cache, which the entity lookups of the front ends share.
 */
public final class CatalogBuilder implements Supplier<IndexCatalog> {

  private static final List<String> JAVA_TRIGGERS = List.of("@Index", "@CompoundIndex", "@TextIndexed",
      "@HashIndexed", "@Text", "@Table", "@Column", "@Id", "@NaturalId", "createIndex", "ensureIndex");

  private final SourceTree tree;
  private final TreeEntities entities;
  private final MappingIndexes mappings;
  private final IndexCalls calls;
  private final Map<Path, List<IndexEntry>> learned = new ConcurrentHashMap<>();

  public CatalogBuilder(SourceTree tree, TreeEntities entities, ExpressionFolder folder) {
    this.tree = tree;
    this.entities = entities;
    this.mappings = new MappingIndexes(folder, entities);
    this.calls = new IndexCalls(folder, new MongoCollections(entities, folder), entities);
  }

  /** Reads the entries of a file the scan has parsed, so building the catalog need not parse it again. */
  void learnFrom(Path file, String text, CompilationUnit unit) {
    if (JAVA_TRIGGERS.stream().anyMatch(text::contains)) {
      unit.setStorage(file); // entries cite the file's name
      learned.put(file, java(unit));
      // The entity lookups of the front ends (a repository's domain type) would parse it again.
      tree.offer(file, unit);
    }
  }

  @Override
  public IndexCatalog get() {
    // Parsing the entity files dominates; they are read in parallel, the entries kept in file order.
    List<IndexEntry> entries = new ArrayList<>(tree.javaFiles().parallelStream()
        .map(this::javaFile)
        .flatMap(List::stream)
        .toList());
    for (Path file : tree.resourceFiles()) {
      tree.read(file).ifPresent(text -> entries.addAll(resource(file, text)));
    }
    return new IndexCatalog(entries);
  }

  private List<IndexEntry> javaFile(Path file) {
    List<IndexEntry> known = learned.get(file);
    if (known != null) {
      return known;
    }
    Optional<String> text = tree.read(file);
    if (text.isEmpty() || JAVA_TRIGGERS.stream().noneMatch(text.get()::contains)) {
      return List.of();
    }
    return tree.parse(file).map(this::java).orElse(List.of());
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
