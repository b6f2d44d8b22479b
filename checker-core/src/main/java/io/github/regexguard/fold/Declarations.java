package io.github.regexguard.fold;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Optional;

/** Finds what a simple name in an expression is declared as, within its own file. */
public final class Declarations {

  private Declarations() {}

  /** What a name resolved to. */
  public sealed interface Declared {}

  /** A method or lambda parameter: a run-time value. */
  public record ParameterRef(Parameter parameter) implements Declared {}

  /** A local variable that is never reassigned, with its initializer. */
  public record EffectivelyFinalLocal(VariableDeclarator declarator, Expression initializer)
      implements Declared {}

  /** A local variable that is assigned more than once: a run-time value. */
  public record MutableLocal(VariableDeclarator declarator) implements Declared {}

  /** A field that is final and initialized (a constant of its class). */
  public record ConstantField(VariableDeclarator declarator, Expression initializer)
      implements Declared {}

  /** The declared type of the variable, parameter or field {@code name} refers to, as written. */
  public static Optional<String> declaredType(NameExpr name) {
    return resolve(name).map(d -> {
      if (d instanceof ParameterRef p) {
        return p.parameter().getType().asString();
      }
      if (d instanceof EffectivelyFinalLocal l) {
        return l.declarator().getType().asString();
      }
      if (d instanceof MutableLocal m) {
        return m.declarator().getType().asString();
      }
      return ((ConstantField) d).declarator().getType().asString();
    });
  }

  public static Optional<Declared> resolve(NameExpr name) {
    String simple = name.getNameAsString();
    int useLine = name.getBegin().map(p -> p.line).orElse(Integer.MAX_VALUE);
    for (Node n = name.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (isCallable(n)) {
        Optional<Declared> local = inCallable(n, simple, name, useLine);
        if (local.isPresent()) {
          return local;
        }
      } else if (n instanceof TypeDeclaration<?> type) {
        Optional<Declared> field = constantField(type, simple);
        if (field.isPresent()) {
          return field;
        }
      }
    }
    return Optional.empty();
  }

  /** The initializer of a final field named {@code field} declared directly in {@code type}. */
  public static Optional<Declared> constantField(TypeDeclaration<?> type, String field) {
    boolean implicitlyFinal =
        type.isClassOrInterfaceDeclaration() && type.asClassOrInterfaceDeclaration().isInterface();
    for (FieldDeclaration declaration : type.getFields()) {
      if (!declaration.isFinal() && !implicitlyFinal) {
        continue;
      }
      for (VariableDeclarator variable : declaration.getVariables()) {
        if (variable.getNameAsString().equals(field) && variable.getInitializer().isPresent()) {
          return Optional.of(new ConstantField(variable, variable.getInitializer().get()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isCallable(Node n) {
    return n instanceof MethodDeclaration
        || n instanceof ConstructorDeclaration
        || n instanceof LambdaExpr
        || n instanceof InitializerDeclaration;
  }

  private static Optional<Declared> inCallable(Node callable, String simple, NameExpr use, int useLine) {
    for (Parameter p : callable.findAll(Parameter.class)) {
      if (p.getNameAsString().equals(simple) && encloses(p.getParentNode().orElse(null), use)) {
        return Optional.of(new ParameterRef(p));
      }
    }
    VariableDeclarator found = null;
    for (VariableDeclarator v : callable.findAll(VariableDeclarator.class)) {
      if (v.getNameAsString().equals(simple)
          && v.getBegin().map(b -> b.line <= useLine).orElse(false)
          && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
        found = v;
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    if (found.getInitializer().isEmpty() || isReassigned(callable, simple)) {
      return Optional.of(new MutableLocal(found));
    }
    return Optional.of(new EffectivelyFinalLocal(found, found.getInitializer().get()));
  }

  private static boolean encloses(Node outer, Node inner) {
    if (outer == null) {
      return false;
    }
    for (Node n = inner; n != null; n = n.getParentNode().orElse(null)) {
      if (n == outer) {
        return true;
      }
    }
    return false;
  }

  private static boolean isReassigned(Node callable, String simple) {
    for (AssignExpr assign : callable.findAll(AssignExpr.class)) {
      if (assign.getTarget() instanceof NameExpr target && target.getNameAsString().equals(simple)) {
        return true;
      }
    }
    for (UnaryExpr unary : callable.findAll(UnaryExpr.class)) {
      if (unary.getExpression() instanceof NameExpr target
          && target.getNameAsString().equals(simple)
          && (unary.getOperator().isPrefix() || unary.getOperator().isPostfix())
          && unary.getOperator() != UnaryExpr.Operator.MINUS
          && unary.getOperator() != UnaryExpr.Operator.PLUS
          && unary.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT
          && unary.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT) {
        return true;
      }
    }
    return false;
  }
}
