package io.github.regexguard.resolve;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.source.Imports;
import java.util.List;
import java.util.Optional;

/** Reads annotations as the code writes them: which annotation it is (by its imports) and its members. */
final class Annotations {

  private Annotations() {}

  /** Whether {@code annotation} is one of {@code qualifiedNames}, written simple (and imported) or qualified. */
  static boolean is(AnnotationExpr annotation, Imports imports, List<String> qualifiedNames) {
    String written = annotation.getNameAsString();
    for (String qualified : qualifiedNames) {
      if (written.equals(qualified)) {
        return true;
      }
      String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
      if (written.equals(simple) && imports.simpleNameRefersTo(simple, qualified)) {
        return true;
      }
    }
    return false;
  }

  static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, Imports imports, List<String> qualifiedNames) {
    return node.getAnnotations().stream().filter(a -> is(a, imports, qualifiedNames)).findFirst();
  }

  static List<AnnotationExpr> findAll(NodeWithAnnotations<?> node, Imports imports, List<String> qualifiedNames) {
    return node.getAnnotations().stream().filter(a -> is(a, imports, qualifiedNames)).toList();
  }

  /** A member's value; {@code value} is also the member of a single-member annotation. */
  static Optional<Expression> member(AnnotationExpr annotation, String name) {
    return io.github.regexguard.source.AnnotationMembers.member(annotation, name);
  }

  /** The first non-empty constant string among {@code names}. */
  static Optional<String> string(AnnotationExpr annotation, ExpressionFolder folder, String... names) {
    for (String name : names) {
      Optional<String> value = member(annotation, name).flatMap(folder::constantString).filter(s -> !s.isEmpty());
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  static boolean flag(AnnotationExpr annotation, String name) {
    return member(annotation, name).filter(v -> v instanceof BooleanLiteralExpr b && b.getValue()).isPresent();
  }

  /** The elements of an array-valued member, or the one value written without braces. */
  static List<Expression> elements(Expression value) {
    return value instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value);
  }

  static List<Expression> elements(AnnotationExpr annotation, String name) {
    return member(annotation, name).map(Annotations::elements).orElse(List.of());
  }
}
