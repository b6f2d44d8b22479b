package io.github.regexguard.extract.jpa;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.sql.BuiltPredicate;
import io.github.regexguard.extract.sql.JpaNaming;
import io.github.regexguard.fold.Declarations;
import io.github.regexguard.model.Anchoring;
import io.github.regexguard.model.Operator;
import io.github.regexguard.pattern.LikeShapes;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.resolve.Entity;
import java.util.List;
import java.util.Optional;

/**
 * The JPA Criteria API: {@code cb.equal(cb.lower(root.get("email")), v)}, {@code cb.like(cb.upper(path), p)},
 * {@code cb.like(root.get(User_.email), "%" + q + "%")}, {@code cb.notLike(...)}.
 */
public final class JpaCriteriaFrontEnd implements FrontEnd {

  private static final List<String> CRITERIA = List.of("jakarta.persistence.criteria", "javax.persistence.criteria");

  @Override
  public String id() {
    return "jpa-criteria";
  }

  @Override
  public List<String> triggers() {
    return CRITERIA;
  }

  @Override
  public void onCall(MethodCallExpr call, ExtractionContext context) {
    String name = call.getNameAsString();
    if (call.getArguments().size() < 2 || call.getScope().isEmpty()
        || !(name.equals("equal") || name.equals("like") || name.equals("notLike")) || !importsCriteria(context)) {
      return;
    }
    Optional<CriteriaPath> path = CriteriaPath.of(call.getArgument(0), context);
    if (path.isEmpty()) {
      return;
    }
    Expression value = call.getArgument(1);
    CriteriaPath p = path.get();
    PatternText text = valueText(value, context);
    BuiltPredicate predicate;
    if (name.equals("equal")) {
      if (p.fold().isEmpty()) {
        return;
      }
      PatternShape shape = new PatternShape(Anchoring.EXACT, PatternText.literal(""), Optional.of(text), true, false,
          false, List.of(), PatternText.literal(call.getArgument(0) + " = " + value));
      predicate = new BuiltPredicate(p.written(), p.column(), p.table(), p.fold(), Operator.EQ_CASE_FOLDED, shape,
          "=", value.toString());
    } else {
      boolean folded = p.fold().isPresent();
      PatternShape shape = LikeShapes.scanLike(text, folded);
      predicate = new BuiltPredicate(p.written(), p.column(), p.table(), p.fold(),
          folded ? Operator.ILIKE : Operator.LIKE, shape, name.equals("like") ? "LIKE" : "NOT LIKE", value.toString());
    }
    String cb = call.getScope().get().toString();
    String plain = cb + ".equal(" + p.path() + ", %s)";
    String prefix = cb + ".like(" + p.path() + ", %s + \"%%\")";
    String escaping = cb + ".like(" + p.path() + ", escaped, '\\\\') with the value's \\, % and _ escaped";
    context.emit(predicate.toPredicate(context, id(), call, ExtractionContext.rangeOf(call.getName()), plain, prefix,
        escaping));
  }

  /** A criteria expression passed as the value is unknown text; a Java string is folded. */
  private static PatternText valueText(Expression value, ExtractionContext context) {
    if (value instanceof MethodCallExpr call && call.getScope().isPresent()
        && !call.getNameAsString().startsWith("to") && !call.getNameAsString().equals("formatted")) {
      return PatternText.dynamic(value.toString(), true);
    }
    return context.folder().fold(value);
  }

  private static boolean importsCriteria(ExtractionContext context) {
    return context.unit().getImports().stream()
        .anyMatch(i -> CRITERIA.stream().anyMatch(c -> i.getNameAsString().startsWith(c)));
  }

  /**
   * A criteria path: {@code root.get("email")} or {@code root.get(User_.email)}, possibly wrapped in
   * {@code cb.lower}/{@code cb.upper}.
   */
  private record CriteriaPath(String written, String path, String column, Optional<String> table,
      Optional<String> fold) {

    static Optional<CriteriaPath> of(Expression expression, ExtractionContext context) {
      Optional<String> fold = Optional.empty();
      Expression e = expression;
      if (e instanceof MethodCallExpr call && call.getArguments().size() == 1
          && (call.getNameAsString().equals("lower") || call.getNameAsString().equals("upper"))) {
        fold = Optional.of(call.getNameAsString());
        e = call.getArgument(0);
      }
      if (!(e instanceof MethodCallExpr get) || !get.getNameAsString().equals("get") || get.getArguments().size() != 1
          || get.getScope().isEmpty()) {
        return Optional.empty();
      }
      Expression attribute = get.getArgument(0);
      Optional<String> property;
      Optional<String> entityName = Optional.empty();
      if (attribute instanceof FieldAccessExpr metamodel && metamodel.getScope().toString().endsWith("_")) {
        property = Optional.of(metamodel.getNameAsString());
        String type = metamodel.getScope().toString();
        entityName = Optional.of(type.substring(type.lastIndexOf('.') + 1, type.length() - 1));
      } else {
        property = context.folder().constantString(attribute);
      }
      if (property.isEmpty() || property.get().isEmpty() || property.get().contains(".")) {
        return Optional.empty();
      }
      Optional<String> entityType = entityName.or(() -> rootEntity(get.getScope().get()));
      Optional<Entity> entity = entityType.flatMap(n -> context.project().entities().find(context.unit(), n));
      String column = entity.flatMap(en -> en.property(property.get())).map(Entity.Property::dbName)
          .orElse(property.get());
      Optional<String> table = entity.map(Entity::owner).or(() -> entityType.map(JpaNaming::defaultTable));
      return Optional.of(new CriteriaPath(property.get(), e.toString(), column, table, fold));
    }

    /** The entity of {@code Root<User> root}, from the root variable's declared type. */
    private static Optional<String> rootEntity(Expression scope) {
      if (!(scope instanceof NameExpr name)) {
        return Optional.empty();
      }
      Optional<Declarations.Declared> declared = Declarations.resolve(name);
      Optional<Type> type = Optional.empty();
      if (declared.isPresent() && declared.get() instanceof Declarations.ParameterRef parameter) {
        type = Optional.of(parameter.parameter().getType());
      } else if (declared.isPresent() && declared.get() instanceof Declarations.EffectivelyFinalLocal local) {
        type = Optional.of(local.declarator().getType());
      }
      return type.filter(Type::isClassOrInterfaceType).map(Type::asClassOrInterfaceType)
          .flatMap(ClassOrInterfaceType::getTypeArguments)
          .filter(args -> args.size() == 1)
          .map(args -> args.get(0).asString());
    }
  }
}
