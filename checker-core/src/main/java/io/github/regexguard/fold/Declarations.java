package io.github.regexguard.fold;

import com.github.javaparser.ast.DataKey;
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
import io.github.regexguard.engine.Cancellation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    return resolve(name, name);
  }

  /**
   * Resolves {@code name} as if it stood at {@code site}, an expression that encloses it with no
   * declaration scope in between (the root of a {@code +} chain): the walk up to the declarations
   * starts there, so resolving every name of a long chain stays linear.
   */
  public static Optional<Declared> resolve(NameExpr name, Node site) {
    String simple = name.getNameAsString();
    int useLine = name.getBegin().map(p -> p.line).orElse(Integer.MAX_VALUE);
    for (Node n = site.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      Cancellation.checkpoint();
      if (isCallable(n)) {
        Optional<Declared> local = inCallable(n, simple, site, useLine);
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

  private static Optional<Declared> inCallable(Node callable, String simple, Node use, int useLine) {
    Scope scope = Scope.of(callable);
    for (Parameter p : scope.parameters.getOrDefault(simple, List.of())) {
      if (encloses(p.getParentNode().orElse(null), use)) {
        return Optional.of(new ParameterRef(p));
      }
    }
    VariableDeclarator found = null;
    for (VariableDeclarator v : scope.locals.getOrDefault(simple, List.of())) {
      if (v.getBegin().map(b -> b.line <= useLine).orElse(false)) {
        found = v;
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    if (found.getInitializer().isEmpty() || scope.reassigned.contains(simple)) {
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

  /**
   * The names a method, constructor, lambda or initializer declares and reassigns, collected in
   * one walk and kept on the node, so that resolving many names in one large method stays linear.
   */
  private static final class Scope {
    private static final DataKey<Scope> KEY = new DataKey<>() {};

    final Map<String, List<Parameter>> parameters = new HashMap<>();
    final Map<String, List<VariableDeclarator>> locals = new HashMap<>();
    final Set<String> reassigned = new HashSet<>();

    static Scope of(Node callable) {
      // A file of the project model may be resolved in by several workers at once.
      synchronized (callable) {
        if (!callable.containsData(KEY)) {
          callable.setData(KEY, new Scope(callable));
        }
        return callable.getData(KEY);
      }
    }

    private Scope(Node callable) {
      callable.walk(Node.TreeTraversal.PREORDER, node -> {
        if (node instanceof Parameter p) {
          parameters.computeIfAbsent(p.getNameAsString(), k -> new ArrayList<>()).add(p);
        } else if (node instanceof VariableDeclarator v && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
          locals.computeIfAbsent(v.getNameAsString(), k -> new ArrayList<>()).add(v);
        } else if (node instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr target) {
          reassigned.add(target.getNameAsString());
        } else if (node instanceof UnaryExpr unary && unary.getExpression() instanceof NameExpr target && isIncrement(unary)) {
          reassigned.add(target.getNameAsString());
        }
      });
    }

    private static boolean isIncrement(UnaryExpr unary) {
      return (unary.getOperator().isPrefix() || unary.getOperator().isPostfix())
          && unary.getOperator() != UnaryExpr.Operator.MINUS
          && unary.getOperator() != UnaryExpr.Operator.PLUS
          && unary.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT
          && unary.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT;
    }
  }
}
