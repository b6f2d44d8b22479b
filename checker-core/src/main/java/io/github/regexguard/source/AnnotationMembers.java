package io.github.regexguard.source;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import java.util.Optional;

/** Reads an annotation's members as written in the source. */
public final class AnnotationMembers {

  private AnnotationMembers() {}

  /** A member's value; {@code value} is also the member of a single-member annotation. */
  public static Optional<Expression> member(AnnotationExpr annotation, String name) {
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      return name.equals("value") ? Optional.of(single.getMemberValue()) : Optional.empty();
    }
    if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals(name)) {
          return Optional.of(pair.getValue());
        }
      }
    }
    return Optional.empty();
  }
}
