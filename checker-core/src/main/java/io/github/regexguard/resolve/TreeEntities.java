package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.fold.SourceFacts;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The entities of the source tree, each read the first time a query needs it. Safe for concurrent use. */
public final class TreeEntities implements EntityModel {

  private static final int MAX_PATH_SEGMENTS = 16;

  private final SourceTree tree;
  private final ExpressionFolder folder;
  private final Map<String, Optional<Entity>> byQualifiedName = new ConcurrentHashMap<>();

  public TreeEntities(SourceTree tree, ExpressionFolder folder) {
    this.tree = tree;
    this.folder = folder;
  }

  /**
   * Answers from the entities already read when the name's import or package says which class it
   * is, so a type that many files look up is parsed once; else resolves the name in the tree.
   */
  @Override
  public Optional<Entity> find(CompilationUnit from, String typeName) {
    int angle = typeName.indexOf('<');
    String name = (angle < 0 ? typeName : typeName.substring(0, angle)).trim();
    int dot = name.indexOf('.');
    String first = dot < 0 ? name : name.substring(0, dot);
    String rest = dot < 0 ? "" : name.substring(dot);
    for (String candidate : SourceFacts.importsOf(from).typeCandidates(first)) {
      Optional<Entity> known = byQualifiedName.get(candidate + rest);
      if (known != null) {
        return known;
      }
    }
    return tree.type(from, typeName).flatMap(this::entityOf);
  }

  /** The entity {@code type} declares, if it is mapped. */
  public Optional<Entity> entityOf(TypeDeclaration<?> type) {
    String key = type.getFullyQualifiedName().orElse(type.getNameAsString());
    return byQualifiedName.computeIfAbsent(key, k -> Mappings.read(type, tree, folder));
  }

  @Override
  public Optional<Entity> embedded(CompilationUnit from, Entity owner, Entity.Property property) {
    Optional<TypeDeclaration<?>> ownerType = tree.typeByQualifiedName(owner.qualifiedName());
    Optional<TypeDeclaration<?>> embedded = ownerType.flatMap(o -> o.findCompilationUnit())
        .flatMap(unit -> property.embeddedType().flatMap(t -> tree.type(unit, t)));
    return embedded.map(type -> new Entity(type.getFullyQualifiedName().orElse(type.getNameAsString()),
        owner.store(), owner.owner(), Mappings.embedded(type, owner.store(), tree, folder), owner.declaredAt()));
  }

  @Override
  public Optional<String> databasePath(Entity entity, String javaPath) {
    String[] segments = javaPath.split("\\.");
    if (segments.length > MAX_PATH_SEGMENTS) {
      return Optional.empty();
    }
    Map<String, Entity.Property> properties = entity.properties();
    Optional<TypeDeclaration<?>> owner = tree.typeByQualifiedName(entity.qualifiedName());
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      Entity.Property property = properties.get(segments[i]);
      if (property == null) {
        return Optional.empty();
      }
      path.append(i == 0 ? "" : ".").append(property.dbName());
      if (i + 1 < segments.length) {
        Optional<TypeDeclaration<?>> embedded = owner.flatMap(o -> o.findCompilationUnit())
            .flatMap(unit -> property.embeddedType().flatMap(t -> tree.type(unit, t)));
        if (embedded.isEmpty()) {
          return Optional.empty();
        }
        owner = embedded;
        properties = Mappings.embedded(embedded.get(), entity.store(), tree, folder);
      }
    }
    return Optional.of(path.toString());
  }
}
