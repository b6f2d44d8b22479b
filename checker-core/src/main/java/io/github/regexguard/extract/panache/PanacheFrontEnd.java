package io.github.regexguard.extract.panache;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.StringLocator;
import io.github.regexguard.extract.json.JsonFilters;
import io.github.regexguard.extract.mongo.TemplateRewrites;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternScanner;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.pattern.RegexFlags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Quarkus MongoDB with Panache: PanacheQL queries passed to {@code find}, {@code list},
 * {@code stream}, {@code count} and {@code delete} of entities and repositories, where
 * {@code field like ?1} is a MongoDB {@code $regex} on the bound value (not an SQL LIKE), and native
 * JSON queries ({@code "{'email': {'$regex': ?1}}"}) with their {@code ?1}/{@code :name} parameters.
 */
public final class PanacheFrontEnd implements FrontEnd {

  private static final List<String> QUERY_METHODS = List.of("find", "list", "stream", "count", "delete");
  private static final String COLLATION = "{}.withCollation(Collation.builder().locale(\"en\")"
      + ".collationStrength(CollationStrength.SECONDARY).build())";

  @Override
  public String id() {
    return "panache-mongo";
  }

  @Override
  public List<String> triggers() {
    return List.of("io.quarkus.mongodb.panache");
  }

  @Override
  public void onCall(MethodCallExpr call, ExtractionContext context) {
    if (!QUERY_METHODS.contains(call.getNameAsString()) || call.getArguments().isEmpty() || !importsPanache(context)) {
      return;
    }
    Expression queryArg = call.getArgument(0);
    PatternText query = context.folder().fold(queryArg);
    if (query.parts().isEmpty() || !(query.parts().get(0) instanceof PatternPart.Literal first)) {
      return;
    }
    Map<String, Expression> bound = parameters(call, context);
    String scope = call.getScope().map(s -> s + ".").orElse("") + call.getNameAsString();
    if (first.text().stripLeading().startsWith("{")) {
      Map<String, PatternPart.Dynamic> placeholders = new LinkedHashMap<>();
      bound.forEach((token, value) -> placeholders.put(token, new PatternPart.Dynamic(value.toString(), false)));
      JsonFilters.emit(queryArg, placeholders, call, context, id(), field -> rewrites(scope, field));
      return;
    }
    if (!query.isConstant()) {
      return;
    }
    likeConditions(first.text(), bound, queryArg, call, scope, context);
  }

  private static boolean importsPanache(ExtractionContext context) {
    return context.unit().getImports().stream().anyMatch(i -> i.getNameAsString().startsWith("io.quarkus.mongodb.panache"));
  }

  /** Each {@code field like value} of a PanacheQL query. */
  private void likeConditions(String query, Map<String, Expression> bound, Expression queryArg, MethodCallExpr call,
      String scope, ExtractionContext context) {
    String[] tokens = query.trim().split("\\s+");
    for (int i = 1; i + 1 < tokens.length; i++) {
      if (!tokens[i].toLowerCase(Locale.ROOT).equals("like")) {
        continue;
      }
      String field = tokens[i - 1].replace("(", "");
      String valueToken = tokens[i + 1].replace(")", "");
      PatternText pattern;
      if (bound.containsKey(valueToken)) {
        pattern = context.folder().fold(bound.get(valueToken));
      } else if (valueToken.length() >= 2 && valueToken.startsWith("'") && valueToken.endsWith("'")) {
        pattern = PatternText.literal(valueToken.substring(1, valueToken.length() - 1));
      } else {
        continue;
      }
      RegexFlags flags = RegexFlags.NONE;
      Optional<PatternText> javascript = javascriptPattern(pattern);
      if (javascript.isPresent()) {
        String text = ((PatternPart.Literal) pattern.parts().get(pattern.parts().size() - 1)).text();
        flags = RegexFlags.fromOptions(text.substring(text.lastIndexOf('/') + 1));
        pattern = javascript.get();
      }
      String quotedField = "\"" + field + "\"";
      context.emit(new QueryPredicate(Store.MONGO, FieldRef.named(quotedField, field), Operator.REGEX,
          PatternScanner.scanRegex(pattern, flags), StringLocator.locate(queryArg, tokens[i], query.indexOf(tokens[i])),
          ExtractionContext.rangeOf(call), ExtractionContext.normalisedCode(call), id(),
          rewrites(scope, field)));
    }
  }

  /** A JavaScript-style {@code /pattern/flags} value, as PanacheQL accepts. */
  private static Optional<PatternText> javascriptPattern(PatternText value) {
    List<PatternPart> parts = value.parts();
    if (parts.isEmpty() || !(parts.get(0) instanceof PatternPart.Literal first) || !first.text().startsWith("/")
        || !(parts.get(parts.size() - 1) instanceof PatternPart.Literal last)) {
      return Optional.empty();
    }
    int close = last.text().lastIndexOf('/');
    if (close < 0 || (parts.size() == 1 && close == 0)
        || !last.text().substring(close + 1).chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    List<PatternPart> inner = new ArrayList<>(parts);
    if (parts.size() == 1) {
      return Optional.of(PatternText.literal(first.text().substring(1, close)));
    }
    inner.set(0, new PatternPart.Literal(first.text().substring(1)));
    inner.set(inner.size() - 1, new PatternPart.Literal(last.text().substring(0, close)));
    return Optional.of(new PatternText(inner));
  }

  /** {@code ?1}, {@code ?2}... for positional arguments; {@code :name} for {@code Parameters.with(...).and(...)}. */
  private static Map<String, Expression> parameters(MethodCallExpr call, ExtractionContext context) {
    Map<String, Expression> bound = new LinkedHashMap<>();
    List<Expression> arguments = new ArrayList<>(call.getArguments().subList(1, call.getArguments().size()));
    if (!arguments.isEmpty() && arguments.get(0).toString().startsWith("Sort.")) {
      arguments.remove(0);
    }
    if (arguments.size() == 1 && arguments.get(0) instanceof MethodCallExpr named && isParameters(named)) {
      Optional<Expression> link = Optional.of(named);
      while (link.isPresent() && link.get() instanceof MethodCallExpr m) {
        if (m.getArguments().size() == 2) {
          Expression value = m.getArgument(1);
          context.folder().constantString(m.getArgument(0)).ifPresent(n -> bound.put(":" + n, value));
        }
        link = m.getScope();
      }
      return bound;
    }
    for (int i = 0; i < arguments.size(); i++) {
      bound.put("?" + (i + 1), arguments.get(i));
    }
    return bound;
  }

  private static boolean isParameters(MethodCallExpr call) {
    MethodCallExpr current = call;
    while (current.getScope().isPresent() && current.getScope().get() instanceof MethodCallExpr previous) {
      current = previous;
    }
    return current.getNameAsString().equals("with") && current.getScope().map(s -> s.toString().endsWith("Parameters")).orElse(false);
  }

  private static TemplateRewrites rewrites(String scope, String field) {
    return new TemplateRewrites(scope + "(\"" + field + "\", {})", scope + "(\"" + field + " like ?1\", {})", COLLATION);
  }
}
