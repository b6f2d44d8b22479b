package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.Type;
import io.github.regexguard.fold.Declarations;
import io.github.regexguard.fold.SourceFacts;
import io.github.regexguard.model.Store;
import io.github.regexguard.source.Imports;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves field references written through generated code: the JPA static metamodel
 * ({@code User_.email}), QueryDSL Q-types ({@code QUser.user.email}, also through a local
 * {@code QUser u = QUser.user}) and jOOQ's generated tables ({@code USERS.EMAIL}). The generated
 * classes are usually not in the source tree, so their generators' naming conventions stand in
 * for them: {@code X_} and {@code QX} describe entity {@code X}; jOOQ upper-cases table and column
 * names.
 */
final class GeneratedPaths {

  private static final int MAX_SEGMENTS = 16;

  private final EntityModel entities;

  GeneratedPaths(EntityModel entities) {
    this.entities = entities;
  }

  Optional<MappedField> resolve(Expression expression) {
    if (!(expression instanceof FieldAccessExpr access)) {
      return Optional.empty();
    }
    Optional<CompilationUnit> unit = expression.findCompilationUnit();
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    Deque<String> segments = new ArrayDeque<>();
    Expression root = access;
    while (root instanceof FieldAccessExpr f && segments.size() < MAX_SEGMENTS) {
      segments.push(f.getNameAsString());
      root = f.getScope();
    }
    String rootName = root.toString();
    String simpleRoot = rootName.substring(rootName.lastIndexOf('.') + 1);
    if (simpleRoot.endsWith("_") && simpleRoot.length() > 1 && segments.size() == 1) {
      return entityPath(unit.get(), rootName.substring(0, rootName.length() - 1), String.join(".", segments));
    }
    if (isQueryDslType(simpleRoot) && segments.size() >= 2) {
      segments.pop(); // the default instance, QUser.user
      return entityPath(unit.get(), entityOfQType(rootName), String.join(".", segments));
    }
    if (root instanceof NameExpr variable) {
      Optional<String> qType = queryDslVariableType(variable);
      if (qType.isPresent()) {
        return entityPath(unit.get(), entityOfQType(qType.get()), String.join(".", segments));
      }
    }
    return jooq(unit.get(), access, root);
  }

  private Optional<MappedField> entityPath(CompilationUnit unit, String entityType, String javaPath) {
    Optional<Entity> entity = entities.find(unit, entityType);
    return entity.flatMap(e -> entities.databasePath(e, javaPath).map(db ->
        new MappedField(e.store(), e.owner().isEmpty() ? Optional.empty() : Optional.of(e.owner()), javaPath, db)));
  }

  /** {@code USERS.EMAIL} with {@code USERS} imported from jOOQ's generated {@code Tables}, or {@code Tables.USERS.EMAIL}. */
  private static Optional<MappedField> jooq(CompilationUnit unit, FieldAccessExpr access, Expression root) {
    if (!(access.getScope() instanceof NameExpr || access.getScope() instanceof FieldAccessExpr)) {
      return Optional.empty();
    }
    String table = access.getScope() instanceof FieldAccessExpr scope ? scope.getNameAsString() : root.toString();
    String column = access.getNameAsString();
    if (!isUpperIdentifier(table) || !isUpperIdentifier(column)) {
      return Optional.empty();
    }
    Imports imports = SourceFacts.importsOf(unit);
    String owner = imports.staticMembers().get(table);
    boolean fromTables = owner != null ? owner.endsWith(".Tables")
        : access.getScope() instanceof FieldAccessExpr scope && scope.getScope().toString().endsWith("Tables")
            || imports.staticOnDemandTypes().stream().anyMatch(t -> t.endsWith(".Tables"));
    if (!fromTables) {
      return Optional.empty();
    }
    String dbColumn = column.toLowerCase(Locale.ROOT);
    return Optional.of(new MappedField(Store.SQL, Optional.of(table.toLowerCase(Locale.ROOT)), dbColumn, dbColumn));
  }

  private static Optional<String> queryDslVariableType(NameExpr variable) {
    Optional<Declarations.Declared> declared = Declarations.resolve(variable);
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    Declarations.Declared d = declared.get();
    Type type = null;
    Expression initializer = null;
    if (d instanceof Declarations.EffectivelyFinalLocal local) {
      type = local.declarator().getType();
      initializer = local.initializer();
    } else if (d instanceof Declarations.ConstantField field) {
      type = field.declarator().getType();
      initializer = field.initializer();
    }
    if (type != null && isQueryDslType(type.asString())) {
      return Optional.of(type.asString());
    }
    if (initializer instanceof ObjectCreationExpr creation && isQueryDslType(creation.getType().getNameAsString())) {
      return Optional.of(creation.getType().getNameWithScope());
    }
    if (initializer instanceof FieldAccessExpr f && isQueryDslType(f.getScope().toString())) {
      return Optional.of(f.getScope().toString());
    }
    return Optional.empty();
  }

  private static String entityOfQType(String qType) {
    int dot = qType.lastIndexOf('.');
    return qType.substring(0, dot + 1) + qType.substring(dot + 2);
  }

  /** {@code QUser}: a Q followed by an upper-case letter. */
  private static boolean isQueryDslType(String simple) {
    String s = simple.substring(simple.lastIndexOf('.') + 1);
    return s.length() > 1 && s.charAt(0) == 'Q' && Character.isUpperCase(s.charAt(1))
        && s.chars().anyMatch(Character::isLowerCase);
  }

  private static boolean isUpperIdentifier(String name) {
    return !name.isEmpty() && Character.isLetter(name.charAt(0))
        && name.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '_');
  }
}
