package io.github.regexguard.fold;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.Optional;

/**
 * What an accessor of an enum constant returns when the constant passes a constant to its
 * constructor: {@code EMAIL("email")} with {@code String key() { return key; }} and a constructor
 * {@code this.key = key}. Also {@code name()} and an inherited {@code toString()}.
 */
final class EnumConstants {

  private EnumConstants() {}

  static Optional<Expression> accessorValue(EnumDeclaration declaration, String constant, String method) {
    Optional<EnumConstantDeclaration> entry = declaration.getEntries().stream()
        .filter(e -> e.getNameAsString().equals(constant))
        .findFirst();
    if (entry.isEmpty() || entry.get().getClassBody().isNonEmpty()) {
      return Optional.empty();
    }
    boolean overridesToString = !declaration.getMethodsBySignature("toString").isEmpty();
    if (method.equals("name") || (method.equals("toString") && !overridesToString)) {
      return Optional.of(new StringLiteralExpr(constant));
    }
    Optional<String> field = returnedField(declaration, method);
    NodeList<Expression> arguments = entry.get().getArguments();
    for (ConstructorDeclaration constructor : declaration.getConstructors()) {
      if (constructor.getParameters().size() != arguments.size() || field.isEmpty()) {
        continue;
      }
      Optional<Integer> parameter = parameterAssignedTo(constructor, field.get());
      if (parameter.isPresent()) {
        return Optional.of(arguments.get(parameter.get()));
      }
    }
    return Optional.empty();
  }

  /** The field a no-argument method returns as its only statement. */
  private static Optional<String> returnedField(EnumDeclaration declaration, String method) {
    for (MethodDeclaration m : declaration.getMethodsByName(method)) {
      if (!m.getParameters().isEmpty() || m.getBody().isEmpty() || m.getBody().get().getStatements().size() != 1) {
        continue;
      }
      Statement only = m.getBody().get().getStatement(0);
      if (only instanceof ReturnStmt ret && ret.getExpression().isPresent()) {
        Optional<String> name = fieldName(ret.getExpression().get());
        if (name.isPresent()) {
          return name;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> parameterAssignedTo(ConstructorDeclaration constructor, String field) {
    for (AssignExpr assign : constructor.findAll(AssignExpr.class)) {
      if (assign.getOperator() != AssignExpr.Operator.ASSIGN
          || !fieldName(assign.getTarget()).map(field::equals).orElse(false)
          || !(assign.getValue() instanceof NameExpr value)) {
        continue;
      }
      for (int i = 0; i < constructor.getParameters().size(); i++) {
        if (constructor.getParameter(i).getNameAsString().equals(value.getNameAsString())) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> fieldName(Expression e) {
    if (e instanceof NameExpr name) {
      return Optional.of(name.getNameAsString());
    }
    if (e instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
      return Optional.of(access.getNameAsString());
    }
    return Optional.empty();
  }
}
