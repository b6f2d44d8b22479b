package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.fold.SourceFacts;
import io.github.regexguard.model.Store;
import io.github.regexguard.source.Imports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads how a class is mapped to a collection or table: Spring Data MongoDB, Morphia, the driver's
 * POJO codec, Quarkus Panache, JPA and Spring Data relational annotations.
 */
final class Mappings {

  static final List<String> SPRING_DOCUMENT = List.of("org.springframework.data.mongodb.core.mapping.Document");
  static final List<String> MORPHIA_ENTITY =
      List.of("dev.morphia.annotations.Entity", "org.mongodb.morphia.annotations.Entity");
  static final List<String> PANACHE_ENTITY = List.of("io.quarkus.mongodb.panache.common.MongoEntity");
  static final List<String> JPA_ENTITY = List.of("jakarta.persistence.Entity", "javax.persistence.Entity");
  static final List<String> JPA_TABLE = List.of("jakarta.persistence.Table", "javax.persistence.Table");
  static final List<String> RELATIONAL_TABLE = List.of("org.springframework.data.relational.core.mapping.Table");
  static final List<String> SPRING_FIELD = List.of("org.springframework.data.mongodb.core.mapping.Field");
  static final List<String> MONGO_IDS = List.of("org.springframework.data.annotation.Id",
      "org.springframework.data.mongodb.core.mapping.MongoId", "dev.morphia.annotations.Id",
      "org.mongodb.morphia.annotations.Id", "org.bson.codecs.pojo.annotations.BsonId");
  static final List<String> MORPHIA_PROPERTY =
      List.of("dev.morphia.annotations.Property", "org.mongodb.morphia.annotations.Property");
  static final List<String> BSON_PROPERTY = List.of("org.bson.codecs.pojo.annotations.BsonProperty");
  static final List<String> JPA_COLUMN = List.of("jakarta.persistence.Column", "javax.persistence.Column");
  static final List<String> JPA_ID = List.of("jakarta.persistence.Id", "javax.persistence.Id");
  static final List<String> RELATIONAL_COLUMN = List.of("org.springframework.data.relational.core.mapping.Column");
  static final List<String> TRANSIENT = List.of("jakarta.persistence.Transient", "javax.persistence.Transient",
      "org.springframework.data.annotation.Transient", "dev.morphia.annotations.Transient",
      "org.bson.codecs.pojo.annotations.BsonIgnore");
  private static final List<String> SPRING_INDEXED = List.of("org.springframework.data.mongodb.core.index.Indexed");
  private static final Set<String> COLLECTIONS = Set.of("List", "Set", "Collection", "Iterable", "SortedSet",
      "ArrayList", "LinkedList", "HashSet", "LinkedHashSet", "TreeSet", "Queue", "Deque");
  private static final int MAX_SUPERTYPES = 8;

  private Mappings() {}

  /** The entity {@code type} declares, if it is mapped. */
  static Optional<Entity> read(TypeDeclaration<?> type, SourceTree tree, ExpressionFolder folder) {
    Optional<CompilationUnit> unit = type.findCompilationUnit();
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    Imports imports = SourceFacts.importsOf(unit.get());
    Optional<Owner> owner = owner(type, imports, folder);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Entity.Property> properties = properties(type, owner.get().store(), tree, folder);
    String qualified = type.getFullyQualifiedName().orElse(type.getNameAsString());
    return Optional.of(new Entity(qualified, owner.get().store(), owner.get().name(), properties,
        SourceTree.cite(unit.get(), type.getName().getBegin().map(p -> p.line).orElse(1))));
  }

  /** The properties of an embedded class, named as the store of its owner names them. */
  static Map<String, Entity.Property> embedded(TypeDeclaration<?> type, Store store, SourceTree tree,
      ExpressionFolder folder) {
    return properties(type, store, tree, folder);
  }

  private record Owner(Store store, String name) {}

  private static Optional<Owner> owner(TypeDeclaration<?> type, Imports imports, ExpressionFolder folder) {
    String simple = type.getNameAsString();
    Optional<AnnotationExpr> document = Annotations.find(type, imports, SPRING_DOCUMENT);
    if (document.isPresent()) {
      return Optional.of(new Owner(Store.MONGO,
          Annotations.string(document.get(), folder, "collection", "value").orElse(uncapitalise(simple))));
    }
    Optional<AnnotationExpr> morphia = Annotations.find(type, imports, MORPHIA_ENTITY);
    if (morphia.isPresent()) {
      return Optional.of(new Owner(Store.MONGO, Annotations.string(morphia.get(), folder, "value").orElse(simple)));
    }
    Optional<AnnotationExpr> panache = Annotations.find(type, imports, PANACHE_ENTITY);
    if (panache.isPresent()) {
      return Optional.of(new Owner(Store.MONGO, Annotations.string(panache.get(), folder, "collection").orElse(simple)));
    }
    Optional<AnnotationExpr> jpa = Annotations.find(type, imports, JPA_ENTITY);
    Optional<AnnotationExpr> table = Annotations.find(type, imports, JPA_TABLE);
    if (jpa.isPresent() || table.isPresent()) {
      String name = table.flatMap(t -> Annotations.string(t, folder, "name"))
          .or(() -> jpa.flatMap(e -> Annotations.string(e, folder, "name")))
          .orElse(snakeCase(simple));
      return Optional.of(new Owner(Store.SQL, name));
    }
    Optional<AnnotationExpr> relational = Annotations.find(type, imports, RELATIONAL_TABLE);
    if (relational.isPresent()) {
      return Optional.of(new Owner(Store.SQL,
          Annotations.string(relational.get(), folder, "value", "name").orElse(snakeCase(simple))));
    }
    boolean springFields = hasFieldAnnotated(type, imports, SPRING_FIELD) || hasFieldAnnotated(type, imports, SPRING_INDEXED);
    if (springFields) {
      return Optional.of(new Owner(Store.MONGO, uncapitalise(simple)));
    }
    return hasFieldAnnotated(type, imports, BSON_PROPERTY) ? Optional.of(new Owner(Store.MONGO, "")) : Optional.empty();
  }

  private static boolean hasFieldAnnotated(TypeDeclaration<?> type, Imports imports, List<String> annotations) {
    return type.getFields().stream().anyMatch(f -> Annotations.find(f, imports, annotations).isPresent());
  }

  private static Map<String, Entity.Property> properties(TypeDeclaration<?> start, Store store, SourceTree tree,
      ExpressionFolder folder) {
    Map<String, Entity.Property> properties = new LinkedHashMap<>();
    TypeDeclaration<?> type = start;
    for (int depth = 0; type != null && depth < MAX_SUPERTYPES; depth++) {
      Optional<CompilationUnit> unit = type.findCompilationUnit();
      if (unit.isEmpty()) {
        break;
      }
      Imports imports = SourceFacts.importsOf(unit.get());
      for (FieldDeclaration field : type.getFields()) {
        if (field.isStatic() || field.hasModifier(Modifier.Keyword.TRANSIENT)
            || Annotations.find(field, imports, TRANSIENT).isPresent()) {
          continue;
        }
        for (VariableDeclarator variable : field.getVariables()) {
          properties.putIfAbsent(variable.getNameAsString(),
              property(field, variable, store, imports, tree, folder));
        }
      }
      type = superclass(type, unit.get(), tree).orElse(null);
    }
    return properties;
  }

  private static Optional<TypeDeclaration<?>> superclass(TypeDeclaration<?> type, CompilationUnit unit, SourceTree tree) {
    if (!type.isClassOrInterfaceDeclaration() || type.asClassOrInterfaceDeclaration().getExtendedTypes().isEmpty()) {
      return Optional.empty();
    }
    ClassOrInterfaceType parent = type.asClassOrInterfaceDeclaration().getExtendedTypes(0);
    return tree.type(unit, parent.getNameWithScope());
  }

  private static Entity.Property property(FieldDeclaration field, VariableDeclarator variable, Store store,
      Imports imports, SourceTree tree, ExpressionFolder folder) {
    String javaName = variable.getNameAsString();
    Type type = variable.getType();
    boolean multiValued = type.isArrayType()
        || (type instanceof ClassOrInterfaceType c && COLLECTIONS.contains(c.getNameAsString()));
    Optional<String> element = elementType(type)
        .filter(t -> tree.declaresFileFor(t) || declaredInSameFile(field, t));
    return new Entity.Property(javaName, databaseName(field, javaName, store, imports, folder), type.asString(),
        multiValued, element);
  }

  private static String databaseName(FieldDeclaration field, String javaName, Store store, Imports imports,
      ExpressionFolder folder) {
    if (Annotations.find(field, imports, MONGO_IDS).isPresent() && store == Store.MONGO) {
      return "_id";
    }
    Optional<String> renamed = Annotations.find(field, imports, SPRING_FIELD)
        .flatMap(a -> Annotations.string(a, folder, "value", "name"))
        .or(() -> Annotations.find(field, imports, MORPHIA_PROPERTY).flatMap(a -> Annotations.string(a, folder, "value")))
        .or(() -> Annotations.find(field, imports, BSON_PROPERTY).flatMap(a -> Annotations.string(a, folder, "value")))
        .or(() -> Annotations.find(field, imports, JPA_COLUMN).flatMap(a -> Annotations.string(a, folder, "name")))
        .or(() -> Annotations.find(field, imports, RELATIONAL_COLUMN)
            .flatMap(a -> Annotations.string(a, folder, "value", "name")));
    if (renamed.isPresent()) {
      return renamed.get();
    }
    if (store == Store.MONGO && javaName.equals("id")) {
      return "_id";
    }
    return store == Store.SQL ? snakeCase(javaName) : javaName;
  }

  /** A nested class such as {@code User.Address}, which has no file of its own. */
  private static boolean declaredInSameFile(FieldDeclaration field, String simpleName) {
    return field.findCompilationUnit()
        .map(u -> u.findAll(TypeDeclaration.class).stream().anyMatch(t -> t.getNameAsString().equals(simpleName)))
        .orElse(false);
  }

  /** The class a property holds, or the element class of a collection or array. */
  private static Optional<String> elementType(Type type) {
    Type element = type.isArrayType() ? type.asArrayType().getComponentType() : type;
    if (!(element instanceof ClassOrInterfaceType c)) {
      return Optional.empty();
    }
    if (COLLECTIONS.contains(c.getNameAsString()) && c.getTypeArguments().isPresent()
        && c.getTypeArguments().get().size() == 1) {
      return elementType(c.getTypeArguments().get().get(0));
    }
    return Optional.of(c.getNameAsString());
  }

  /** Spring Data MongoDB's default collection name: the simple class name, first letter lower-cased. */
  static String uncapitalise(String simple) {
    return simple.isEmpty() ? simple : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  /** Spring Boot's default physical naming for JPA: {@code emailAddress} becomes {@code email_address}. */
  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean boundary = i > 0 && i + 1 < name.length() && Character.isUpperCase(c)
          && Character.isLowerCase(name.charAt(i - 1)) && Character.isLowerCase(name.charAt(i + 1));
      if (boundary) {
        out.append('_');
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
