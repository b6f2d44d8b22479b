package io.github.regexguard.extract.querydsl;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.Type;
import io.github.regexguard.extract.ApiCalls;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.RegexParts;
import io.github.regexguard.extract.mongo.TemplateRewrites;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternScanner;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.pattern.RegexFlags;
import io.github.regexguard.resolve.Entity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Querydsl string paths on MongoDB ({@code QUser.user.email.equalsIgnoreCase(x)}), which Spring
 * Data's {@code MongodbDocumentSerializer} and Querydsl's own {@code MongodbSerializer} turn into
 * regexes on the quoted value: {@code equalsIgnoreCase} is {@code ^…$} with {@code i},
 * {@code startsWith[IgnoreCase]} {@code ^…}, {@code endsWith[IgnoreCase]} {@code …$},
 * {@code contains[IgnoreCase]} {@code .*….*}, {@code matches[IgnoreCase]} the raw value. The store
 * is MongoDB when the file imports Spring Data MongoDB or {@code com.querydsl.mongodb}, or when the
 * project model knows the Q-type's entity as a MongoDB document.
 */
public final class MongoQuerydslFrontEnd implements FrontEnd {

  /** Method, then the text before and after the value, and whether the value is quoted. */
  private record Shape(String prefix, String suffix, boolean quoted, boolean ignoreCase) {}

  private static final Map<String, Shape> SHAPES = Map.of(
      "equalsIgnoreCase", new Shape("^", "$", true, true),
      "startsWith", new Shape("^", "", true, false),
      "startsWithIgnoreCase", new Shape("^", "", true, true),
      "endsWith", new Shape("", "$", true, false),
      "endsWithIgnoreCase", new Shape("", "$", true, true),
      "contains", new Shape(".*", ".*", true, false),
      "containsIgnoreCase", new Shape(".*", ".*", true, true),
      "matches", new Shape("", "", false, false),
      "matchesIgnoreCase", new Shape("", "", false, true));

  @Override
  public String id() {
    return "querydsl-mongo";
  }

  @Override
  public List<String> triggers() {
    return List.of("com.querydsl", "org.springframework.data.mongodb", "IgnoreCase(");
  }

  @Override
  public void onCall(MethodCallExpr call, ExtractionContext context) {
    Shape shape = SHAPES.get(call.getNameAsString());
    if (shape == null || call.getArguments().size() != 1 || call.getScope().isEmpty()) {
      return;
    }
    Optional<QPath> path = qPath(call.getScope().get());
    if (path.isEmpty() || !isMongo(path.get(), context)) {
      return;
    }
    List<PatternPart> parts = new ArrayList<>();
    parts.add(new PatternPart.Literal(shape.prefix()));
    for (PatternPart part : context.folder().fold(call.getArgument(0)).parts()) {
      parts.add(shape.quoted() ? RegexParts.quote(part) : part);
    }
    parts.add(new PatternPart.Literal(shape.suffix()));
    String pathText = call.getScope().get().toString();
    context.emit(new QueryPredicate(Store.MONGO, FieldRef.named(pathText, path.get().field()), Operator.REGEX,
        PatternScanner.scanRegex(new PatternText(parts), RegexFlags.NONE.withCaseInsensitive(shape.ignoreCase())),
        ExtractionContext.rangeOf(call.getName()), ExtractionContext.rangeOf(call),
        ExtractionContext.normalisedCode(call), id(),
        new TemplateRewrites(pathText + ".eq({})", pathText + ".matches({})",
            "{} with a repository method that carries @Collation(\"{ 'locale': 'en', 'strength': 2 }\")")));
  }

  /**
   * A Querydsl path: a Q-type root ({@code QUser.user}, or a variable declared as {@code QUser})
   * followed by property names.
   *
   * @param qType the Q-type's simple name, e.g. {@code QUser}
   * @param field the dotted property path, e.g. {@code address.city}
   */
  private record QPath(String qType, String field) {}

  private static Optional<QPath> qPath(Expression scope) {
    Deque<String> names = new ArrayDeque<>();
    Expression current = scope;
    while (current instanceof FieldAccessExpr access) {
      names.push(access.getNameAsString());
      current = access.getScope();
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    String qType = null;
    if (current instanceof NameExpr name && isQType(name.getNameAsString())) {
      names.pop();
      qType = name.getNameAsString();
    } else if (current instanceof NameExpr variable) {
      qType = ApiCalls.declaredType(variable).map(Type::asString).filter(MongoQuerydslFrontEnd::isQType).orElse(null);
    }
    return qType == null || names.isEmpty() ? Optional.empty() : Optional.of(new QPath(qType, String.join(".", names)));
  }

  private static boolean isQType(String name) {
    return name.length() > 1 && name.charAt(0) == 'Q' && Character.isUpperCase(name.charAt(1));
  }

  private static boolean isMongo(QPath path, ExtractionContext context) {
    Optional<Entity> entity = context.project().entities().find(context.unit(), path.qType().substring(1));
    if (entity.isPresent()) {
      return entity.get().store() == Store.MONGO;
    }
    return context.unit().getImports().stream().map(i -> i.getNameAsString())
        .anyMatch(i -> i.startsWith("org.springframework.data.mongodb") || i.startsWith("com.querydsl.mongodb"));
  }
}
