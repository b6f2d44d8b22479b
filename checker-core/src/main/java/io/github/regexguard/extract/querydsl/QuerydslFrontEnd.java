package io.github.regexguard.extract.querydsl;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.Type;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.sql.ApiPatterns;
import io.github.regexguard.extract.sql.BuiltPredicate;
import io.github.regexguard.extract.sql.JpaNaming;
import io.github.regexguard.fold.Declarations;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.resolve.Entity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * QueryDSL string paths on generated Q-types ({@code QUser.user.email}, {@code user.email}):
 * {@code equalsIgnoreCase}, {@code containsIgnoreCase}, {@code startsWithIgnoreCase},
 * {@code endsWith[IgnoreCase]}, {@code likeIgnoreCase}, {@code contains}, {@code like},
 * {@code matches} and {@code lower().eq(v)}. A string's own {@code matches} or {@code contains}
 * is not a path and stays silent.
 */
public final class QuerydslFrontEnd implements FrontEnd {

  private static final Set<String> METHODS = Set.of("equalsIgnoreCase", "eq", "likeIgnoreCase", "like", "notLike",
      "containsIgnoreCase", "contains", "endsWithIgnoreCase", "endsWith", "startsWithIgnoreCase", "startsWith",
      "matches");

  @Override
  public String id() {
    return "querydsl";
  }

  @Override
  public List<String> triggers() {
    return List.of("com.querydsl");
  }

  @Override
  public void onCall(MethodCallExpr call, ExtractionContext context) {
    if (call.getScope().isEmpty() || call.getArguments().size() != 1 || !METHODS.contains(call.getNameAsString())
        || !importsQuerydsl(context)) {
      return;
    }
    Optional<QPath> receiver = QPath.of(call.getScope().get(), context);
    if (receiver.isEmpty()) {
      return;
    }
    QPath path = receiver.get();
    ExpressionFolder folder = context.folder();
    Expression value = call.getArgument(0);
    String method = call.getNameAsString();
    boolean ignoreCase = method.endsWith("IgnoreCase") || path.fold().isPresent();
    Optional<String> fold = method.endsWith("IgnoreCase") ? Optional.of("lower") : path.fold();
    Operator operator = ignoreCase ? Operator.ILIKE : Operator.LIKE;
    String keyword = "LIKE";
    PatternShape shape;
    switch (method) {
      case "equalsIgnoreCase", "eq" -> {
        if (!ignoreCase) {
          return;
        }
        shape = ApiPatterns.caseFoldedEquality(value, call.toString(), folder);
        operator = Operator.EQ_CASE_FOLDED;
        keyword = "=";
      }
      case "likeIgnoreCase", "like", "notLike" -> shape = ApiPatterns.like(value, ignoreCase, folder);
      case "containsIgnoreCase", "contains" -> shape = ApiPatterns.escapedLike(value, true, true, ignoreCase, folder);
      case "endsWithIgnoreCase", "endsWith" -> shape = ApiPatterns.escapedLike(value, true, false, ignoreCase, folder);
      case "startsWithIgnoreCase", "startsWith" -> {
        if (!ignoreCase) {
          return;
        }
        shape = ApiPatterns.escapedLike(value, false, true, true, folder);
      }
      case "matches" -> {
        shape = ApiPatterns.regex(value, ignoreCase, folder);
        operator = ApiPatterns.regexOperator(BuiltPredicate.dialect(context));
        keyword = "~";
      }
      default -> {
        return;
      }
    }
    if (method.startsWith("not")) {
      keyword = "NOT " + keyword;
    }
    BuiltPredicate predicate = new BuiltPredicate(path.written(), path.column(), path.table(), fold, operator, shape,
        keyword, value.toString());
    context.emit(predicate.toPredicate(context, id(), call, ExtractionContext.rangeOf(call.getName()),
        path.written() + ".eq(%s)", path.written() + ".startsWith(%s)",
        path.written() + ".contains(value) or .startsWith(value), which escape the value, "
            + "instead of a hand-built pattern"));
  }

  private static boolean importsQuerydsl(ExtractionContext context) {
    return context.unit().getImports().stream().anyMatch(i -> i.getNameAsString().startsWith("com.querydsl"))
        || context.unit().getTypes().stream().anyMatch(t -> isQType(t.getNameAsString()));
  }

  static boolean isQType(String name) {
    String simple = name.substring(name.lastIndexOf('.') + 1);
    return simple.length() > 1 && simple.charAt(0) == 'Q' && Character.isUpperCase(simple.charAt(1));
  }

  /** A string property of a Q-type, possibly wrapped in {@code lower()}/{@code upper()}. */
  private record QPath(String written, String column, Optional<String> table, Optional<String> fold) {

    static Optional<QPath> of(Expression expression, ExtractionContext context) {
      Optional<String> fold = Optional.empty();
      Expression inner = expression;
      if (expression instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()
          && (call.getNameAsString().equals("lower") || call.getNameAsString().equals("upper"))) {
        fold = Optional.of(call.getNameAsString());
        inner = call.getScope().get();
      }
      if (!(inner instanceof FieldAccessExpr property)) {
        return Optional.empty();
      }
      Optional<String> qType = qTypeOf(property.getScope(), context);
      if (qType.isEmpty()) {
        return Optional.empty();
      }
      String entityName = qType.get().substring(qType.get().lastIndexOf('.') + 2);
      Optional<Entity> entity = context.project().entities().find(context.unit(), entityName);
      if (!isRelational(entity, context)) {
        return Optional.empty();
      }
      String name = property.getNameAsString();
      String column = entity.flatMap(e -> e.property(name)).map(Entity.Property::dbName).orElse(name);
      Optional<String> table = entity.map(Entity::owner).or(() -> Optional.of(JpaNaming.defaultTable(entityName)));
      return Optional.of(new QPath(inner.toString(), column, table, fold));
    }

    /**
     * A JPA or SQL Q-type; a MongoDB one (the entity is a document, or the file uses Spring Data
     * MongoDB or {@code com.querydsl.mongodb}) belongs to {@code MongoQuerydslFrontEnd}.
     */
    private static boolean isRelational(Optional<Entity> entity, ExtractionContext context) {
      if (entity.isPresent()) {
        return entity.get().store() == Store.SQL;
      }
      return context.unit().getImports().stream().map(i -> i.getNameAsString())
          .noneMatch(i -> i.startsWith("org.springframework.data.mongodb") || i.startsWith("com.querydsl.mongodb"));
    }

    /** {@code QUser.user}, a variable declared as {@code QUser} or initialised from one, or a static import of it. */
    private static Optional<String> qTypeOf(Expression root, ExtractionContext context) {
      if (root instanceof FieldAccessExpr access && isQType(access.getScope().toString())) {
        return Optional.of(access.getScope().toString());
      }
      if (!(root instanceof NameExpr name)) {
        return Optional.empty();
      }
      Optional<Declarations.Declared> declared = Declarations.resolve(name);
      if (declared.isPresent()) {
        Declarations.Declared d = declared.get();
        Optional<Type> type = Optional.empty();
        Optional<Expression> initializer = Optional.empty();
        if (d instanceof Declarations.ParameterRef p) {
          type = Optional.of(p.parameter().getType());
        } else if (d instanceof Declarations.EffectivelyFinalLocal local) {
          type = Optional.of(local.declarator().getType());
          initializer = Optional.of(local.initializer());
        } else if (d instanceof Declarations.ConstantField field) {
          type = Optional.of(field.declarator().getType());
          initializer = Optional.of(field.initializer());
        }
        Optional<String> declaredType = type.map(Type::asString).filter(QuerydslFrontEnd::isQType);
        if (declaredType.isPresent()) {
          return declaredType;
        }
        return initializer.flatMap(QPath::qTypeOfInitializer);
      }
      for (Map.Entry<String, String> member : context.imports().staticMembers().entrySet()) {
        if (member.getKey().equals(name.getNameAsString()) && isQType(member.getValue())) {
          return Optional.of(member.getValue());
        }
      }
      return Optional.empty();
    }

    private static Optional<String> qTypeOfInitializer(Expression initializer) {
      if (initializer instanceof FieldAccessExpr access && isQType(access.getScope().toString())) {
        return Optional.of(access.getScope().toString());
      }
      if (initializer instanceof ObjectCreationExpr creation && isQType(creation.getType().getNameAsString())) {
        return Optional.of(creation.getType().getNameAsString());
      }
      return Optional.empty();
    }
  }
}
