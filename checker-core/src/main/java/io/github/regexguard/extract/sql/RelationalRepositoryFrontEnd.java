package io.github.regexguard.extract.sql;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.repository.Condition;
import io.github.regexguard.extract.repository.DerivedQuery;
import io.github.regexguard.extract.repository.IgnoreCase;
import io.github.regexguard.extract.repository.Keyword;
import io.github.regexguard.extract.repository.RepositoryInterface;
import io.github.regexguard.model.Anchoring;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.LikeShapes;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.resolve.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spring Data JPA, JDBC and R2DBC derived queries, read with the shared method-name parser and given
 * relational semantics: {@code IgnoreCase} is {@code upper(col) = upper(?)}, {@code Containing} and
 * {@code EndingWith} put a wildcard first, {@code StartingWith} is a prefix (reported only with
 * {@code IgnoreCase}). Spring Data escapes the bound value, so it is never raw input.
 */
public final class RelationalRepositoryFrontEnd implements FrontEnd {

  private static final List<String> RELATIONAL = List.of("org.springframework.data.jpa",
      "org.springframework.data.jdbc", "org.springframework.data.r2dbc", "org.springframework.data.relational");
  private static final Set<String> STRINGS = Set.of("String", "CharSequence", "java.lang.String");

  @Override
  public String id() {
    return "spring-data-relational-repository";
  }

  @Override
  public List<String> triggers() {
    return List.of("org.springframework.data");
  }

  @Override
  public void onMethod(MethodDeclaration method, ExtractionContext context) {
    if (method.getBody().isPresent() || method.getAnnotations().stream()
        .anyMatch(a -> a.getNameAsString().endsWith("Query"))) {
      return;
    }
    Optional<RepositoryInterface> repository = RepositoryInterface.declaring(method, context.imports());
    if (repository.isEmpty()) {
      return;
    }
    Optional<Entity> entity = context.project().entities().find(context.unit(), repository.get().domainType());
    boolean relational = RELATIONAL.stream().anyMatch(repository.get()::baseIn)
        || entity.map(e -> e.store() == Store.SQL).orElse(false);
    if (!relational) {
      return;
    }
    Optional<DerivedQuery> query = DerivedQuery.parse(method.getNameAsString());
    if (query.isEmpty()) {
      return;
    }
    List<Parameter> parameters = RepositoryInterface.bindableParameters(method, Set.of());
    String table = entity.map(Entity::owner).orElse(JpaNaming.defaultTable(repository.get().domainSimpleName()));
    for (Condition condition : query.get().conditions()) {
      Optional<Parameter> parameter = condition.firstParameter() < parameters.size()
          ? Optional.of(parameters.get(condition.firstParameter())) : Optional.empty();
      predicate(method, condition, parameter, entity, table)
          .ifPresent(p -> emit(method, query.get(), condition, p, parameters, context));
    }
  }

  private static Optional<BuiltPredicate> predicate(MethodDeclaration method, Condition condition,
      Optional<Parameter> parameter, Optional<Entity> entity, String table) {
    List<String> segments = condition.explicitSegments();
    if (segments.size() != 1) {
      return Optional.empty();
    }
    String property = segments.get(0);
    Optional<Entity.Property> mapped = entity.flatMap(e -> e.property(property));
    if (mapped.map(Entity.Property::multiValued).orElse(false)) {
      return Optional.empty();
    }
    boolean stringValue = parameter.map(p -> STRINGS.contains(RepositoryInterface.simpleName(p.getType())))
        .orElse(true);
    boolean ignoreCase = condition.ignoreCase() == IgnoreCase.ALWAYS
        || (condition.ignoreCase() == IgnoreCase.WHEN_POSSIBLE && stringValue);
    String value = parameter.map(Parameter::getNameAsString).orElse("value");
    PatternPart bound = new PatternPart.Dynamic(value, true);
    Optional<String> fold = ignoreCase ? Optional.of("upper") : Optional.empty();
    String column = mapped.map(Entity.Property::dbName).orElse(snakeCase(property));
    Operator like = ignoreCase ? Operator.ILIKE : Operator.LIKE;
    BuiltPredicate predicate;
    switch (condition.keyword()) {
      case SIMPLE_PROPERTY -> {
        if (!ignoreCase) {
          return Optional.empty();
        }
        PatternShape shape = new PatternShape(Anchoring.EXACT, PatternText.literal(""),
            Optional.of(new PatternText(List.of(bound))), true, false, false, List.of(),
            PatternText.literal("upper(" + column + ") = upper(?)"));
        predicate = new BuiltPredicate(property, column, Optional.of(table), fold, Operator.EQ_CASE_FOLDED, shape,
            "=", value);
      }
      case CONTAINING, NOT_CONTAINING, ENDING_WITH, STARTING_WITH, LIKE, NOT_LIKE -> {
        boolean leading = condition.keyword() != Keyword.STARTING_WITH && condition.keyword() != Keyword.LIKE
            && condition.keyword() != Keyword.NOT_LIKE;
        boolean trailing = condition.keyword() == Keyword.CONTAINING || condition.keyword() == Keyword.NOT_CONTAINING
            || condition.keyword() == Keyword.STARTING_WITH;
        List<PatternPart> parts = new ArrayList<>();
        if (leading) {
          parts.add(new PatternPart.Literal("%"));
        }
        parts.add(bound);
        if (trailing) {
          parts.add(new PatternPart.Literal("%"));
        }
        PatternShape shape = LikeShapes.scanLike(new PatternText(parts), ignoreCase);
        if (shape.anchoring() != Anchoring.NONE && !ignoreCase) {
          return Optional.empty();
        }
        String keyword = condition.keyword().negated() ? "NOT LIKE" : "LIKE";
        predicate = new BuiltPredicate(property, column, Optional.of(table), fold, like, shape, keyword, value);
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(predicate);
  }

  private void emit(MethodDeclaration method, DerivedQuery query, Condition condition, BuiltPredicate predicate,
      List<Parameter> parameters, ExtractionContext context) {
    String capitalised = Character.toUpperCase(condition.property().charAt(0)) + condition.property().substring(1);
    String equality = renamed(method, query, condition, capitalised) + arguments(parameters, condition);
    String prefix = renamed(method, query, condition, capitalised + "StartingWith") + arguments(parameters, condition);
    context.emit(predicate.toPredicate(context, id(), method, conditionRange(method, condition), equality, prefix,
        "Spring Data escapes the value of Containing, StartingWith and EndingWith"));
  }

  /**
   * The method name with {@code condition} written as {@code replacement}; {@code AllIgnoreCase}
   * moves onto the other string conditions so that only this one changes.
   */
  private static String renamed(MethodDeclaration method, DerivedQuery query, Condition condition,
      String replacement) {
    String name = method.getNameAsString();
    int by = Math.max(name.indexOf("By"), 0);
    StringBuilder out = new StringBuilder(name.substring(0, by));
    String rest = name.substring(by).replace("AllIgnoreCase", "").replace("AllIgnoringCase", "");
    for (Condition other : query.conditions()) {
      int at = rest.indexOf(other.source());
      if (at < 0) {
        continue;
      }
      String written = other == condition ? replacement
          : other.source() + (other.ignoreCase() == IgnoreCase.WHEN_POSSIBLE ? "IgnoreCase" : "");
      out.append(rest, 0, at).append(written);
      rest = rest.substring(at + other.source().length());
    }
    return out.append(rest).toString();
  }

  /** The call's arguments: the parameters by name, {@code %s} for the one this condition compares. */
  private static String arguments(List<Parameter> parameters, Condition condition) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      names.add(i == condition.firstParameter() ? "%s" : parameters.get(i).getNameAsString());
    }
    if (!names.contains("%s")) {
      names.add("%s");
    }
    return "(" + String.join(", ", names) + ")";
  }

  /** Where the condition stands inside the method name: {@code Email} in {@code findOneByEmailIgnoreCase}. */
  private static SourceRange conditionRange(MethodDeclaration method, Condition condition) {
    SourceRange name = ExtractionContext.rangeOf(method.getName());
    int by = method.getNameAsString().indexOf("By");
    int at = method.getNameAsString().indexOf(condition.source(), Math.max(by, 0));
    return at < 0 ? name : SourceRange.at(name.beginLine(), name.beginColumn() + at);
  }

  /** The column name Spring Boot's default naming strategy derives: {@code emailAddress} is {@code email_address}. */
  private static String snakeCase(String property) {
    return JpaNaming.defaultTable(property);
  }
}
