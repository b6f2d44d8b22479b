package io.github.regexguard.extract.repository;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.regexguard.source.Imports;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Spring Data repository interface as declared in one file: which Spring Data base interface it
 * extends (or {@code @RepositoryDefinition}) and its domain type as written.
 *
 * @param baseType the fully qualified name of the Spring Data base type, e.g.
 *     {@code org.springframework.data.mongodb.repository.MongoRepository}; for
 *     {@code @RepositoryDefinition}, {@code org.springframework.data.repository.RepositoryDefinition}
 * @param domainType the domain type as written in the declaration ({@code User}, {@code com.acme.User})
 * @param declaration the interface
 */
public record RepositoryInterface(String baseType, String domainType, ClassOrInterfaceDeclaration declaration) {

  private static final String SPRING_DATA = "org.springframework.data.";
  private static final String DEFINITION = "org.springframework.data.repository.RepositoryDefinition";

  /** Parameter types Spring Data binds to paging, sorting and scoring rather than to conditions. */
  public static final Set<String> SPECIAL_PARAMETER_TYPES = Set.of(
      "Pageable", "Sort", "Limit", "ScrollPosition", "KeysetScrollPosition", "OffsetScrollPosition",
      "Vector", "Score", "Similarity");

  /** Well-known base interfaces, for files that import their packages on demand. */
  private static final List<String> KNOWN_BASES = List.of(
      "org.springframework.data.repository.Repository",
      "org.springframework.data.repository.CrudRepository",
      "org.springframework.data.repository.ListCrudRepository",
      "org.springframework.data.repository.PagingAndSortingRepository",
      "org.springframework.data.repository.ListPagingAndSortingRepository",
      "org.springframework.data.repository.reactive.ReactiveCrudRepository",
      "org.springframework.data.repository.reactive.ReactiveSortingRepository",
      "org.springframework.data.repository.reactive.RxJava3CrudRepository",
      "org.springframework.data.repository.reactive.RxJava3SortingRepository",
      "org.springframework.data.repository.kotlin.CoroutineCrudRepository",
      "org.springframework.data.repository.kotlin.CoroutineSortingRepository",
      "org.springframework.data.mongodb.repository.MongoRepository",
      "org.springframework.data.mongodb.repository.ReactiveMongoRepository",
      "org.springframework.data.jpa.repository.JpaRepository");

  /** The repository interface that declares {@code method}, if it is one. */
  public static Optional<RepositoryInterface> declaring(MethodDeclaration method, Imports imports) {
    Optional<Node> parent = method.getParentNode();
    if (parent.isPresent() && parent.get() instanceof ClassOrInterfaceDeclaration type && type.isInterface()) {
      return of(type, imports);
    }
    return Optional.empty();
  }

  /** {@code type} as a Spring Data repository, if it extends one directly or carries {@code @RepositoryDefinition}. */
  public static Optional<RepositoryInterface> of(ClassOrInterfaceDeclaration type, Imports imports) {
    for (ClassOrInterfaceType extended : type.getExtendedTypes()) {
      Optional<String> base = springDataRepository(extended, imports);
      Optional<com.github.javaparser.ast.NodeList<Type>> arguments = extended.getTypeArguments();
      if (base.isPresent() && arguments.isPresent() && !arguments.get().isEmpty()) {
        return Optional.of(new RepositoryInterface(base.get(), nameOf(arguments.get().get(0)), type));
      }
    }
    for (AnnotationExpr annotation : type.getAnnotations()) {
      if (isAnnotation(annotation, DEFINITION, imports) && annotation instanceof NormalAnnotationExpr normal) {
        for (MemberValuePair pair : normal.getPairs()) {
          if (pair.getNameAsString().equals("domainClass") && pair.getValue() instanceof ClassExpr domain) {
            return Optional.of(new RepositoryInterface(DEFINITION, nameOf(domain.getType()), type));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the base type lies in {@code package} (e.g. {@code org.springframework.data.mongodb}). */
  public boolean baseIn(String packagePrefix) {
    return baseType.startsWith(packagePrefix + ".");
  }

  /** The domain type's simple name. */
  public String domainSimpleName() {
    return domainType.substring(domainType.lastIndexOf('.') + 1);
  }

  /**
   * The parameters of {@code method} that conditions bind to, in order: all but Spring Data's
   * special parameters ({@link #SPECIAL_PARAMETER_TYPES} and {@code extraSpecialTypes}, by simple name).
   */
  public static List<Parameter> bindableParameters(MethodDeclaration method, Set<String> extraSpecialTypes) {
    return method.getParameters().stream()
        .filter(p -> {
          String simple = simpleName(p.getType());
          return !SPECIAL_PARAMETER_TYPES.contains(simple) && !extraSpecialTypes.contains(simple);
        })
        .toList();
  }

  /** Whether {@code annotation} is {@code fqcn}, written qualified or imported. */
  public static boolean isAnnotation(AnnotationExpr annotation, String fqcn, Imports imports) {
    String written = annotation.getNameAsString();
    return written.equals(fqcn) || imports.simpleNameRefersTo(written, fqcn);
  }

  /** The simple name of a type without its type arguments: {@code List<String>} gives {@code List}. */
  public static String simpleName(Type type) {
    if (type instanceof ClassOrInterfaceType c) {
      return c.getNameAsString();
    }
    return type.asString();
  }

  private static Optional<String> springDataRepository(ClassOrInterfaceType extended, Imports imports) {
    String written = extended.getNameWithScope();
    if (written.startsWith(SPRING_DATA) && written.endsWith("Repository")) {
      return Optional.of(written);
    }
    String simple = extended.getNameAsString();
    if (!simple.endsWith("Repository")) {
      return Optional.empty();
    }
    String qualified = imports.qualify(simple);
    if (qualified.startsWith(SPRING_DATA) && written.equals(simple)) {
      return Optional.of(qualified);
    }
    return KNOWN_BASES.stream().filter(k -> written.equals(simple) && imports.simpleNameRefersTo(simple, k)).findFirst();
  }

  private static String nameOf(Type type) {
    return type instanceof ClassOrInterfaceType c ? c.getNameWithScope() : type.asString();
  }
}
