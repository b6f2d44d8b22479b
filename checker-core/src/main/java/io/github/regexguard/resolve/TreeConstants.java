package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.regexguard.fold.ConstantSource;
import io.github.regexguard.fold.Declarations;
import io.github.regexguard.fold.SourceFacts;
import io.github.regexguard.source.Imports;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * String constants declared anywhere in the source tree: {@code User.EMAIL}, static imports,
 * constants inherited from interfaces and base classes, and the constants that annotation
 * processors generate from entity fields (Lombok's {@code User.Fields.email}, the JPA static
 * metamodel's {@code User_.EMAIL}).
 */
public final class TreeConstants implements ConstantSource {

  private static final List<String> FIELD_NAME_CONSTANTS = List.of("lombok.experimental.FieldNameConstants");
  private static final int MAX_SUPERTYPES = 8;

  private final SourceTree tree;

  public TreeConstants(SourceTree tree) {
    this.tree = tree;
  }

  @Override
  public Optional<Expression> typeConstant(CompilationUnit from, String type, String field) {
    Optional<TypeDeclaration<?>> declaration = tree.type(from, type);
    if (declaration.isPresent()) {
      return constantIn(declaration.get(), field, 0);
    }
    return lombokFieldName(from, type, field).or(() -> metamodelName(from, type, field));
  }

  @Override
  public Optional<Expression> staticImport(CompilationUnit from, String field) {
    Imports imports = SourceFacts.importsOf(from);
    String owner = imports.staticMembers().get(field);
    if (owner != null) {
      return tree.typeByQualifiedName(owner).flatMap(t -> constantIn(t, field, 0))
          .or(() -> lombokFieldName(from, owner, field));
    }
    for (String type : imports.staticOnDemandTypes().stream().sorted().toList()) {
      Optional<Expression> found = tree.typeByQualifiedName(type).flatMap(t -> constantIn(t, field, 0));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<Expression> inheritedConstant(CompilationUnit from, String field) {
    for (TypeDeclaration<?> type : from.findAll(TypeDeclaration.class)) {
      for (TypeDeclaration<?> supertype : supertypes(type)) {
        Optional<Expression> found = constantIn(supertype, field, 1);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<TypeDeclaration<?>> type(CompilationUnit from, String type) {
    return tree.type(from, type);
  }

  private Optional<Expression> constantIn(TypeDeclaration<?> type, String field, int depth) {
    Optional<Declarations.Declared> declared = Declarations.constantField(type, field);
    if (declared.isPresent()) {
      return Optional.of(((Declarations.ConstantField) declared.get()).initializer());
    }
    if (depth >= MAX_SUPERTYPES) {
      return Optional.empty();
    }
    for (TypeDeclaration<?> supertype : supertypes(type)) {
      Optional<Expression> found = constantIn(supertype, field, depth + 1);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private List<TypeDeclaration<?>> supertypes(TypeDeclaration<?> type) {
    Optional<CompilationUnit> unit = type.findCompilationUnit();
    if (unit.isEmpty() || !type.isClassOrInterfaceDeclaration()) {
      return List.of();
    }
    List<ClassOrInterfaceType> written = new ArrayList<>(type.asClassOrInterfaceDeclaration().getExtendedTypes());
    written.addAll(type.asClassOrInterfaceDeclaration().getImplementedTypes());
    List<TypeDeclaration<?>> found = new ArrayList<>();
    for (ClassOrInterfaceType w : written) {
      tree.type(unit.get(), w.getNameWithScope()).filter(t -> t != type).ifPresent(found::add);
    }
    return found;
  }

  /**
   * Lombok's {@code @FieldNameConstants} generates {@code User.Fields.email = "email"} for each
   * field: the Java field name (the inner type's name is configurable with {@code innerTypeName}).
   */
  private Optional<Expression> lombokFieldName(CompilationUnit from, String type, String field) {
    int dot = type.lastIndexOf('.');
    String inner = type.substring(dot + 1);
    List<TypeDeclaration<?>> candidates = new ArrayList<>();
    if (dot > 0) {
      tree.type(from, type.substring(0, dot)).ifPresent(candidates::add);
      tree.typeByQualifiedName(type.substring(0, dot)).ifPresent(candidates::add);
    } else {
      from.findAll(TypeDeclaration.class).forEach(t -> candidates.add(t));
    }
    for (TypeDeclaration<?> candidate : candidates) {
      Optional<CompilationUnit> unit = candidate.findCompilationUnit();
      if (unit.isEmpty()) {
        continue;
      }
      Optional<AnnotationExpr> annotation =
          Annotations.find(candidate, SourceFacts.importsOf(unit.get()), FIELD_NAME_CONSTANTS);
      String innerName = annotation.flatMap(a -> Annotations.member(a, "innerTypeName"))
          .filter(e -> e instanceof StringLiteralExpr).map(e -> ((StringLiteralExpr) e).asString()).orElse("Fields");
      boolean asEnum = annotation.map(a -> Annotations.flag(a, "asEnum")).orElse(false);
      if (annotation.isPresent() && !asEnum && innerName.equals(inner) && declaresInstanceField(candidate, field)) {
        return Optional.of(new StringLiteralExpr(field));
      }
    }
    return Optional.empty();
  }

  /**
   * The JPA static metamodel (JPA 3.2, Hibernate's processor) generates {@code User_.EMAIL_ADDRESS =
   * "emailAddress"} for each persistent attribute of {@code User}.
   */
  private Optional<Expression> metamodelName(CompilationUnit from, String type, String field) {
    if (!type.endsWith("_") || type.length() < 2) {
      return Optional.empty();
    }
    Optional<TypeDeclaration<?>> entity = tree.type(from, type.substring(0, type.length() - 1));
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    for (FieldDeclaration declaration : entity.get().getFields()) {
      for (VariableDeclarator variable : declaration.getVariables()) {
        if (!declaration.isStatic() && upperSnake(variable.getNameAsString()).equals(field)) {
          return Optional.of(new StringLiteralExpr(variable.getNameAsString()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean declaresInstanceField(TypeDeclaration<?> type, String field) {
    return type.getFields().stream().filter(f -> !f.isStatic())
        .anyMatch(f -> f.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(field)));
  }

  /** {@code emailAddress} becomes {@code EMAIL_ADDRESS}, as the metamodel generator spells it. */
  static String upperSnake(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(name.charAt(i - 1))) {
        out.append('_');
      }
      out.append(c);
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
