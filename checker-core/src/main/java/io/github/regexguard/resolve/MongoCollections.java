package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.regexguard.fold.Declarations;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.model.Store;
import java.util.Optional;

/**
 * Which MongoDB collection an expression denotes, where the code tells: {@code
 * db.getCollection("users")} reached through locals, fields and constructor assignments, a
 * {@code MongoCollection<User>} whose document class is a mapped entity, or Spring Data's
 * {@code indexOps(User.class)} / {@code indexOps("users")}.
 */
final class MongoCollections {

  private static final int MAX_DEPTH = 8;

  private final EntityModel entities;
  private final ExpressionFolder folder;

  MongoCollections(EntityModel entities, ExpressionFolder folder) {
    this.entities = entities;
    this.folder = folder;
  }

  Optional<String> of(Expression expression) {
    return of(expression, 0);
  }

  /** The collection of the entity class {@code User.class}. */
  Optional<String> ofEntityClass(ClassExpr type) {
    return entityOwner(type, type.getType());
  }

  private Optional<String> of(Expression expression, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    Expression e = expression;
    while (e.isEnclosedExpr() || e.isCastExpr()) {
      e = e.isEnclosedExpr() ? e.asEnclosedExpr().getInner() : e.asCastExpr().getExpression();
    }
    if (e instanceof MethodCallExpr call) {
      return ofCall(call, depth);
    }
    if (e instanceof NameExpr name) {
      return ofName(name, depth);
    }
    if (e instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
      return field(access, access.getNameAsString()).flatMap(v -> ofVariable(v, access, depth));
    }
    return Optional.empty();
  }

  private Optional<String> ofCall(MethodCallExpr call, int depth) {
    String name = call.getNameAsString();
    if ((name.equals("getCollection") || name.equals("indexOps")) && !call.getArguments().isEmpty()) {
      Expression first = call.getArgument(0);
      if (first instanceof ClassExpr type) {
        return ofEntityClass(type);
      }
      return folder.constantString(first);
    }
    if (name.startsWith("with") && call.getScope().isPresent()) {
      return of(call.getScope().get(), depth + 1);
    }
    return Optional.empty();
  }

  private Optional<String> ofName(NameExpr name, int depth) {
    Optional<Declarations.Declared> declared = Declarations.resolve(name);
    if (declared.isPresent()) {
      Declarations.Declared d = declared.get();
      if (d instanceof Declarations.EffectivelyFinalLocal local) {
        return of(local.initializer(), depth + 1).or(() -> typed(local.declarator(), local.declarator().getType()));
      }
      if (d instanceof Declarations.ConstantField constant) {
        return ofVariable(constant.declarator(), name, depth);
      }
      if (d instanceof Declarations.MutableLocal local) {
        return typed(local.declarator(), local.declarator().getType());
      }
      if (d instanceof Declarations.ParameterRef parameter) {
        Parameter p = parameter.parameter();
        return typed(p, p.getType());
      }
    }
    return field(name, name.getNameAsString()).flatMap(v -> ofVariable(v, name, depth));
  }

  private Optional<String> ofVariable(VariableDeclarator variable, Node use, int depth) {
    if (variable.getInitializer().isPresent()) {
      Optional<String> initialized = of(variable.getInitializer().get(), depth + 1);
      if (initialized.isPresent()) {
        return initialized;
      }
    }
    Optional<TypeDeclaration<?>> owner = variable.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
    if (owner.isPresent()) {
      for (ConstructorDeclaration constructor : owner.get().getConstructors()) {
        for (AssignExpr assign : constructor.findAll(AssignExpr.class)) {
          if (assignsField(assign, variable.getNameAsString())) {
            Optional<String> assigned = of(assign.getValue(), depth + 1);
            if (assigned.isPresent()) {
              return assigned;
            }
          }
        }
      }
    }
    return typed(use, variable.getType());
  }

  private static boolean assignsField(AssignExpr assign, String field) {
    Expression target = assign.getTarget();
    return (target instanceof NameExpr n && n.getNameAsString().equals(field))
        || (target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr && f.getNameAsString().equals(field));
  }

  /** {@code MongoCollection<User>}: the collection of the entity {@code User}. */
  private Optional<String> typed(Node context, Type type) {
    if (!(type instanceof ClassOrInterfaceType c) || c.getTypeArguments().isEmpty()
        || c.getTypeArguments().get().size() != 1 || !c.getNameAsString().endsWith("Collection")) {
      return Optional.empty();
    }
    return entityOwner(context, c.getTypeArguments().get().get(0));
  }

  private Optional<String> entityOwner(Node context, Type type) {
    Optional<CompilationUnit> unit = context.findCompilationUnit();
    if (unit.isEmpty() || !(type instanceof ClassOrInterfaceType c)) {
      return Optional.empty();
    }
    return entities.find(unit.get(), c.getNameWithScope())
        .filter(e -> e.store() == Store.MONGO && !e.owner().isEmpty())
        .map(Entity::owner);
  }

  /** The field named {@code name} of the class enclosing {@code use}, or of an outer class. */
  private static Optional<VariableDeclarator> field(Node use, String name) {
    for (Node n = use.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type) {
        for (FieldDeclaration declaration : type.getFields()) {
          for (VariableDeclarator variable : declaration.getVariables()) {
            if (variable.getNameAsString().equals(name)) {
              return Optional.of(variable);
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
