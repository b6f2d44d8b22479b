package io.github.regexguard.extract.spring;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.json.JsonFilters;
import io.github.regexguard.extract.repository.Condition;
import io.github.regexguard.extract.repository.DerivedQuery;
import io.github.regexguard.extract.repository.Keyword;
import io.github.regexguard.extract.repository.PropertyPaths;
import io.github.regexguard.extract.repository.RepositoryInterface;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternScanner;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.pattern.RegexFlags;
import io.github.regexguard.resolve.Entity;
import io.github.regexguard.source.Imports;
import io.github.regexguard.source.AnnotationMembers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spring Data repositories whose store is MongoDB ({@code MongoRepository},
 * {@code ReactiveMongoRepository}, or a generic Spring Data repository of a MongoDB document): the
 * regex each derived query method's conditions become ({@code MongoQueryCreator}), and the JSON
 * filter of {@code @Query}-style annotations with its {@code ?0}/{@code :name} placeholders bound
 * to the method's parameters. Findings sit on the method name, or on the offending JSON text.
 */
public final class MongoRepositoryFrontEnd implements FrontEnd {

  private static final String MONGO = "org.springframework.data.mongodb";
  private static final String REPOSITORY_PACKAGE = "org.springframework.data.mongodb.repository.";
  private static final List<String> QUERY_ANNOTATIONS = List.of("Query", "CountQuery", "ExistsQuery", "DeleteQuery");
  private static final String AGGREGATION = REPOSITORY_PACKAGE + "Aggregation";
  private static final Set<String> MONGO_SPECIAL_PARAMETERS =
      Set.of("Distance", "TextCriteria", "Collation", "UpdateDefinition", "Update");
  private static final Set<String> OPAQUE_REGEX_TYPES =
      Set.of("Pattern", "java.util.regex.Pattern", "BsonRegularExpression", "org.bson.BsonRegularExpression");
  private static final Set<String> STRING_TYPES = Set.of("String", "java.lang.String", "CharSequence");

  @Override
  public String id() {
    return "spring-data-mongo-repository";
  }

  @Override
  public List<String> triggers() {
    return List.of("org.springframework.data");
  }

  @Override
  public void onMethod(MethodDeclaration method, ExtractionContext context) {
    if (method.getBody().isPresent() || method.isStatic() || method.isDefault()) {
      return;
    }
    Imports imports = context.imports();
    Optional<RepositoryInterface> repository = RepositoryInterface.declaring(method, imports);
    if (repository.isEmpty()) {
      return;
    }
    Optional<Entity> entity = context.project().entities().find(context.unit(), repository.get().domainType());
    if (!isMongo(repository.get(), entity, imports)) {
      return;
    }
    List<Parameter> parameters = RepositoryInterface.bindableParameters(method, MONGO_SPECIAL_PARAMETERS);
    for (AnnotationExpr annotation : method.getAnnotations()) {
      if (QUERY_ANNOTATIONS.stream().anyMatch(a -> RepositoryInterface.isAnnotation(annotation, REPOSITORY_PACKAGE + a, imports))) {
        filterValue(annotation).ifPresent(json -> JsonFilters.emit(json, placeholders(parameters), annotation,
            context, id(), QueryAnnotationRewrites::new));
        return;
      }
      if (RepositoryInterface.isAnnotation(annotation, AGGREGATION, imports)) {
        return;
      }
    }
    DerivedQuery.parse(method.getNameAsString())
        .ifPresent(query -> derived(method, query, parameters, entity, repository.get().domainSimpleName(), context));
  }

  private static boolean isMongo(RepositoryInterface repository, Optional<Entity> entity, Imports imports) {
    if (repository.baseIn(MONGO)) {
      return true;
    }
    if (entity.isPresent()) {
      return entity.get().store() == Store.MONGO;
    }
    if (!repository.baseIn("org.springframework.data.repository")) {
      return false;
    }
    // The domain type is not known to the project model: trust the file's own MongoDB imports.
    return repository.declaration().findCompilationUnit()
        .map(u -> u.getImports().stream().anyMatch(i -> i.getNameAsString().startsWith(MONGO + ".")))
        .orElse(false);
  }

  private void derived(MethodDeclaration method, DerivedQuery query, List<Parameter> parameters,
      Optional<Entity> entity, String domainName, ExtractionContext context) {
    List<Condition> conditions = query.conditions();
    for (Condition condition : conditions) {
      Optional<Parameter> parameter = condition.keyword().arguments() > 0 && condition.firstParameter() < parameters.size()
          ? Optional.of(parameters.get(condition.firstParameter())) : Optional.empty();
      Property property = property(condition, entity, domainName, parameter, context);
      Optional<PatternShape> shape = shape(condition, property, parameter);
      if (shape.isEmpty()) {
        continue;
      }
      String argument = parameter.map(Parameter::getNameAsString).orElse("value");
      FieldRef field = FieldRef.named(condition.property(), property.dbPath());
      if (property.owner().isPresent()) {
        field = field.withOwner(property.owner().get());
      }
      DerivedQueryRewrites rewrites = new DerivedQueryRewrites(method.getNameAsString(),
          withoutIgnoreCase(method.getNameAsString(), condition), argument, "?" + condition.firstParameter(),
          conditions.size() == 1 && query.subject().action() == DerivedQuery.Action.FIND, property.declaredAs(),
          condition.ignoreCase());
      context.emit(new QueryPredicate(Store.MONGO, field, Operator.REGEX, shape.get(),
          conditionRange(method, condition), ExtractionContext.rangeOf(method),
          method.getDeclarationAsString(false, false, true).replaceAll("\\s+", " "), id(), rewrites));
    }
  }

  /**
   * What is known of a condition's property.
   *
   * @param dbPath the dotted database path
   * @param declaredAs where an index would be declared, e.g. {@code User.email}
   * @param string whether it holds strings
   * @param collection whether it holds several values ({@code Containing} then means {@code $in})
   */
  private record Property(String dbPath, String declaredAs, Optional<String> owner, boolean string, boolean collection) {}

  private static Property property(Condition condition, Optional<Entity> entity, String domainName,
      Optional<Parameter> parameter, ExtractionContext context) {
    boolean stringParameter = parameter.map(p -> isStringType(p.getType(), p.isVarArgs())).orElse(false);
    if (entity.isPresent()) {
      EntityDomain domain = new EntityDomain(entity.get(), context.project().entities(), context.unit());
      Optional<EntityDomain.MappedPath> mapped =
          PropertyPaths.resolve(condition.property(), domain).flatMap(domain::map);
      if (mapped.isPresent()) {
        Entity.Property leaf = mapped.get().leaf();
        String type = leaf.javaType().replaceAll("\\s+", "");
        boolean string = STRING_TYPES.contains(type) || type.matches("(?:[\\w.]+)?(?:List|Set|Collection|Iterable)<(?:java\\.lang\\.)?String>")
            || type.equals("String[]");
        return new Property(mapped.get().dotted(), domainName + "." + String.join(".", mapped.get().javaNames()),
            Optional.of(entity.get().owner()), string, leaf.multiValued());
      }
    }
    List<String> segments = condition.explicitSegments();
    String path = String.join(".", segments);
    String last = segments.isEmpty() ? path : segments.get(segments.size() - 1);
    return new Property(path, domainName + "." + path, entity.map(Entity::owner), stringParameter,
        looksPlural(last));
  }

  /** The regex Spring Data builds for the condition, if it builds one. */
  private static Optional<PatternShape> shape(Condition condition, Property property, Optional<Parameter> parameter) {
    String argument = parameter.map(Parameter::getNameAsString).orElse("value");
    boolean ignoreCase = switch (condition.ignoreCase()) {
      case ALWAYS -> true;
      case WHEN_POSSIBLE -> property.string();
      case NEVER -> false;
    };
    PatternPart quoted = new PatternPart.Dynamic(argument, true);
    List<PatternPart> parts = new ArrayList<>();
    Keyword keyword = condition.keyword();
    switch (keyword) {
      case SIMPLE_PROPERTY, NEGATING_SIMPLE_PROPERTY, IN -> {
        if (!ignoreCase) {
          return Optional.empty();
        }
        parts.add(new PatternPart.Literal("^"));
        parts.add(quoted);
        parts.add(new PatternPart.Literal("$"));
      }
      case NOT_IN -> {
        if (!ignoreCase) {
          return Optional.empty();
        }
        parts.add(quoted);
      }
      case STARTING_WITH, ENDING_WITH, CONTAINING, NOT_CONTAINING, LIKE, NOT_LIKE -> {
        if (property.collection() && !ignoreCase) {
          return Optional.empty();
        }
        if (keyword == Keyword.STARTING_WITH) {
          parts.add(new PatternPart.Literal("^"));
        }
        if (keyword == Keyword.CONTAINING || keyword == Keyword.NOT_CONTAINING) {
          parts.add(new PatternPart.Literal(".*"));
        }
        parts.add(quoted);
        if (keyword == Keyword.CONTAINING || keyword == Keyword.NOT_CONTAINING) {
          parts.add(new PatternPart.Literal(".*"));
        }
        if (keyword == Keyword.ENDING_WITH) {
          parts.add(new PatternPart.Literal("$"));
        }
      }
      case REGEX -> {
        if (parameter.map(p -> OPAQUE_REGEX_TYPES.contains(p.getType().asString())).orElse(false)) {
          return Optional.empty(); // a Pattern object: its pattern cannot be seen here
        }
        parts.add(new PatternPart.Dynamic(argument, false));
        ignoreCase = false;
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(PatternScanner.scanRegex(new PatternText(parts), RegexFlags.NONE.withCaseInsensitive(ignoreCase)));
  }

  /** Where the condition is written inside the method name (the name itself if it cannot be found). */
  private static SourceRange conditionRange(MethodDeclaration method, Condition condition) {
    SourceRange name = ExtractionContext.rangeOf(method.getName());
    String text = method.getNameAsString();
    int at = text.indexOf(condition.source(), Math.max(text.indexOf("By"), 0));
    if (at < 0 || name.beginLine() != name.endLine()) {
      return name;
    }
    int begin = name.beginColumn() + at;
    return new SourceRange(name.beginLine(), begin, name.beginLine(), begin + condition.source().length() - 1);
  }

  /** The method name with the condition's own {@code IgnoreCase} (or the method's {@code AllIgnoreCase}) removed. */
  static String withoutIgnoreCase(String method, Condition condition) {
    String all = method.replaceFirst("AllIgnor(?:ing|e)Case", "");
    if (!all.equals(method)) {
      return all;
    }
    String plain = condition.source().replaceFirst("Ignor(?:ing|e)Case", "");
    int by = method.indexOf("By");
    int at = method.indexOf(condition.source(), Math.max(by, 0));
    return at < 0 ? method : method.substring(0, at) + plain + method.substring(at + condition.source().length());
  }

  /** {@code ?0}, {@code :name} and their SpEL forms {@code ?#{[0]}}, {@code :#{#name}} for each bindable parameter. */
  private static Map<String, PatternPart.Dynamic> placeholders(List<Parameter> parameters) {
    Map<String, PatternPart.Dynamic> bound = new LinkedHashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = parameters.get(i);
      PatternPart.Dynamic value = new PatternPart.Dynamic(parameter.getNameAsString(), false);
      bound.put("?" + i, value);
      bound.put("?#{[" + i + "]}", value);
      bound.put(":" + boundName(parameter), value);
      bound.put(":#{#" + boundName(parameter) + "}", value);
    }
    return bound;
  }

  /** A parameter's {@code @Param} name, or its declared name. */
  private static String boundName(Parameter parameter) {
    for (AnnotationExpr annotation : parameter.getAnnotations()) {
      Optional<Expression> value = AnnotationMembers.member(annotation, "value");
      if (annotation.getNameAsString().endsWith("Param") && value.isPresent()
          && value.get() instanceof com.github.javaparser.ast.expr.StringLiteralExpr literal) {
        return literal.asString();
      }
    }
    return parameter.getNameAsString();
  }

  /** The annotation's {@code value}, written as the single member or as {@code value = ...}. */
  private static Optional<Expression> filterValue(AnnotationExpr annotation) {
    return AnnotationMembers.member(annotation, "value");
  }

  private static boolean isStringType(Type type, boolean varArgs) {
    String written = type.asString().replaceAll("\\s+", "");
    if (STRING_TYPES.contains(written) || written.equals("String[]")) {
      return true;
    }
    if (type instanceof ClassOrInterfaceType c && c.getTypeArguments().isPresent()
        && c.getTypeArguments().get().size() == 1) {
      return STRING_TYPES.contains(c.getTypeArguments().get().get(0).asString());
    }
    return varArgs && STRING_TYPES.contains(written);
  }

  /**
   * Without the domain class, an English plural property name ({@code tags}, {@code roles}) is
   * taken for a collection, where {@code Containing} is an {@code $in}.
   */
  private static boolean looksPlural(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.length() > 3 && n.endsWith("s") && !n.endsWith("ss") && !n.endsWith("us") && !n.endsWith("is");
  }
}
