package io.github.regexguard.extract.spring;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.regexguard.extract.ApiCalls;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.RegexValue;
import io.github.regexguard.extract.json.JsonFilters;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.PatternScanner;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.RegexFlags;
import io.github.regexguard.source.Imports;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spring Data MongoDB's template API: {@code Criteria.where(f).regex(...)} (a string with or without
 * options, a {@code Pattern}, a {@code BsonRegularExpression}), a regex passed to {@code is}/{@code in}/
 * {@code nin}, the same after {@code .not()} or a chained {@code .and(f)}, and JSON filters in
 * {@code new BasicQuery(...)}. The criteria may sit in {@code Query.query}, {@code new Query},
 * {@code MongoTemplate}/{@code ReactiveMongoTemplate} calls or {@code Aggregation.match}: the
 * predicate is the criteria call itself.
 */
public final class SpringCriteriaFrontEnd implements FrontEnd {

  static final String CRITERIA = "org.springframework.data.mongodb.core.query.Criteria";
  private static final String BASIC_QUERY = "org.springframework.data.mongodb.core.query.BasicQuery";
  private static final List<String> VALUE_METHODS = List.of("is", "in", "nin", "ne");

  /** A field selected in a criteria chain: {@code where(f)}, {@code and(f)} or {@code new Criteria(f)}. */
  private record Selector(Expression field, String start) {}

  @Override
  public String id() {
    return "spring-criteria";
  }

  @Override
  public List<String> triggers() {
    return List.of("org.springframework.data.mongodb");
  }

  @Override
  public void onCall(MethodCallExpr call, ExtractionContext context) {
    String name = call.getNameAsString();
    boolean regex = name.equals("regex") && (call.getArguments().size() == 1 || call.getArguments().size() == 2);
    if (!regex && !(VALUE_METHODS.contains(name) && !call.getArguments().isEmpty())) {
      return;
    }
    Optional<Selector> selector = selector(call, context);
    if (selector.isEmpty()) {
      return;
    }
    if (regex) {
      regexCall(call, selector.get(), context);
    } else {
      for (Expression value : call.getArguments()) {
        Optional<RegexValue> pattern = RegexValue.of(value, context.folder());
        if (pattern.isPresent()) {
          boolean replaceable = name.equals("is") && notNegated(call);
          emit(call, selector.get(), pattern.get().shape(), replaceable, context);
          return;
        }
      }
    }
  }

  @Override
  public void onNew(ObjectCreationExpr creation, ExtractionContext context) {
    if (!creation.getArguments().isEmpty()
        && ApiCalls.isType(creation.getType(), BASIC_QUERY, context.imports())) {
      JsonFilters.emit(creation.getArgument(0), Map.of(), creation, context, id(),
          field -> new CriteriaRewrites("Criteria.where(\"" + field + "\")", Optional.empty()));
    }
  }

  private void regexCall(MethodCallExpr call, Selector selector, ExtractionContext context) {
    Expression argument = call.getArgument(0);
    Optional<RegexValue> value = RegexValue.of(argument, context.folder());
    PatternShape shape;
    if (value.isPresent()) {
      shape = value.get().shape();
    } else if (RegexValue.isOpaqueRegexObject(argument)) {
      return;
    } else {
      RegexFlags flags = call.getArguments().size() == 2
          ? RegexFlags.fromOptions(context.folder().constantString(call.getArgument(1)).orElse(""))
          : RegexFlags.NONE;
      shape = PatternScanner.scanRegex(context.folder().fold(argument), flags);
    }
    emit(call, selector, shape, notNegated(call), context);
  }

  private void emit(MethodCallExpr call, Selector selector, PatternShape shape, boolean replaceable,
      ExtractionContext context) {
    // A field chosen at run time is still a query; it is judged as an ordinary field.
    Optional<String> field = fieldName(selector.field(), context);
    Optional<SourceRange> fixRange = replaceable ? Optional.of(ApiCalls.nameToEnd(call)) : Optional.empty();
    context.emit(new QueryPredicate(Store.MONGO, new FieldRef(selector.field().toString(), field, Optional.empty()),
        Operator.REGEX, shape, ExtractionContext.rangeOf(call.getName()), ExtractionContext.rangeOf(call),
        ExtractionContext.normalisedCode(call), id(),
        new CriteriaRewrites(selector.start() + "(" + selector.field() + ")", fixRange)));
  }

  /** A string field name, or the property a {@code User::getEmail} reference names. */
  private static Optional<String> fieldName(Expression field, ExtractionContext context) {
    if (field instanceof MethodReferenceExpr reference) {
      String method = reference.getIdentifier();
      for (String prefix : List.of("get", "is")) {
        if (method.startsWith(prefix) && method.length() > prefix.length()) {
          return Optional.of(io.github.regexguard.extract.repository.PropertyPaths.decapitalize(
              method.substring(prefix.length())));
        }
      }
      return Optional.of(method);
    }
    return context.folder().constantString(field);
  }

  /** Whether the call's chain has no {@code not()} between the field selector and the call. */
  private static boolean notNegated(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    return !(scope.isPresent() && scope.get() instanceof MethodCallExpr m && m.getNameAsString().equals("not"));
  }

  /**
   * The field the call's chain selects, if the chain is a Spring criteria: walks back over
   * {@code not()} to {@code where(f)}/{@code and(f)}/{@code new Criteria(f)}, then checks that
   * the chain starts at the Spring {@code Criteria} type.
   */
  private static Optional<Selector> selector(MethodCallExpr call, ExtractionContext context) {
    Optional<Expression> scope = call.getScope();
    if (scope.isPresent() && scope.get() instanceof MethodCallExpr not && not.getNameAsString().equals("not")
        && not.getArguments().isEmpty()) {
      scope = not.getScope();
    }
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    Expression s = scope.get() instanceof com.github.javaparser.ast.expr.NameExpr
        ? context.folder().resolve(scope.get()).orElse(scope.get()) : scope.get();
    Imports imports = context.imports();
    if (s instanceof MethodCallExpr select && select.getArguments().size() == 1
        && (select.getNameAsString().equals("where") || select.getNameAsString().equals("and"))
        && startsAtCriteria(select, context, 0)) {
      String start = select.getNameAsString().equals("where")
          ? select.getScope().map(t -> t + ".where").orElse("where")
          : "Criteria.where";
      return Optional.of(new Selector(select.getArgument(0), start));
    }
    if (s instanceof ObjectCreationExpr creation && creation.getArguments().size() == 1
        && ApiCalls.isType(creation.getType(), CRITERIA, imports)) {
      return Optional.of(new Selector(creation.getArgument(0), "Criteria.where"));
    }
    return Optional.empty();
  }

  private static boolean startsAtCriteria(Expression expression, ExtractionContext context, int depth) {
    if (depth > 64) {
      return false;
    }
    Imports imports = context.imports();
    if (expression instanceof MethodCallExpr m) {
      if (m.getNameAsString().equals("where") && ApiCalls.isStaticCall(m, CRITERIA, imports)) {
        return true;
      }
      return m.getScope().map(s -> startsAtCriteria(s, context, depth + 1)).orElse(false);
    }
    if (expression instanceof ObjectCreationExpr creation) {
      return ApiCalls.isType(creation.getType(), CRITERIA, imports);
    }
    Optional<com.github.javaparser.ast.type.Type> declared = ApiCalls.declaredType(expression);
    if (declared.isPresent()) {
      return ApiCalls.isType(declared.get(), CRITERIA, imports);
    }
    return false;
  }
}
