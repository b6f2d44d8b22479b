package io.github.regexguard.source;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.Optional;

/**
 * The dotted name that a name expression spells ({@code Filters}, {@code com.mongodb.client.model.Filters}),
 * read without printing the expression: comparing a scope by its {@code toString()} costs the
 * size of the scope, which makes long call chains quadratic.
 */
public final class QualifiedNames {

  private QualifiedNames() {}

  /** The dotted name, or empty when {@code expression} is not a (qualified) name. */
  public static Optional<String> of(Expression expression) {
    StringBuilder reversed = new StringBuilder();
    Expression current = expression;
    while (current instanceof FieldAccessExpr access) {
      reversed.insert(0, "." + access.getNameAsString());
      current = access.getScope();
    }
    if (current instanceof NameExpr name) {
      return Optional.of(name.getNameAsString() + reversed);
    }
    return Optional.empty();
  }

  /** Whether {@code expression} spells exactly {@code dotted}. */
  public static boolean is(Expression expression, String dotted) {
    return of(expression).map(dotted::equals).orElse(false);
  }
}
