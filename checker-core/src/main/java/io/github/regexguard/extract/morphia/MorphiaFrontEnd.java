package io.github.regexguard.extract.morphia;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.regexguard.extract.ApiCalls;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.RegexParts;
import io.github.regexguard.extract.RegexValue;
import io.github.regexguard.extract.mongo.TemplateRewrites;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternScanner;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.pattern.RegexFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Morphia. 2.x filters: {@code Filters.regex(f[, p])} with {@code pattern}, {@code caseInsensitive},
 * {@code options}, {@code multiline} chained, and a regex value in {@code Filters.eq/ne/in/nin}
 * ({@code dev.morphia.query.filters} and the 2.0–2.3 {@code experimental} package). 1.x field ends:
 * {@code query.field(f)} / {@code criteria(f)} followed by {@code equalIgnoreCase},
 * {@code startsWith[IgnoreCase]}, {@code endsWith[IgnoreCase]}, {@code contains[IgnoreCase]} or a
 * regex value, and {@code query.filter("f", Pattern)}. Morphia under {@code dev.morphia} quotes the
 * value of those field-end methods; the older {@code org.mongodb.morphia} releases spliced it raw.
 */
public final class MorphiaFrontEnd implements FrontEnd {

  private static final List<String> FILTERS = List.of(
      "dev.morphia.query.filters.Filters", "dev.morphia.query.experimental.filters.Filters");
  private static final List<String> VALUE_FILTERS = List.of("eq", "ne", "in", "nin");
  private static final List<String> FIELD_ENDS = List.of("equalIgnoreCase", "startsWith", "startsWithIgnoreCase",
      "endsWith", "endsWithIgnoreCase", "contains", "containsIgnoreCase", "equal", "notEqual", "hasThisOne");
  private static final String COLLATION = "datastore.find(…).filter({}).first(new FindOptions().collation("
      + "Collation.builder().locale(\"en\").collationStrength(CollationStrength.SECONDARY).build()))";

  @Override
  public String id() {
    return "morphia";
  }

  @Override
  public List<String> triggers() {
    return List.of("morphia");
  }

  @Override
  public void onCall(MethodCallExpr call, ExtractionContext context) {
    String name = call.getNameAsString();
    Optional<String> filters = FILTERS.stream().filter(f -> ApiCalls.isStaticCall(call, f, context.imports())).findFirst();
    if (filters.isPresent()) {
      String prefix = call.getScope().map(s -> s + ".").orElse("");
      if (name.equals("regex") && !call.getArguments().isEmpty()) {
        regexFilter(call, prefix, context);
      } else if (VALUE_FILTERS.contains(name) && call.getArguments().size() == 2) {
        valueFilter(call, prefix, context);
      }
      return;
    }
    Optional<Package> morphia = morphiaPackage(context);
    if (morphia.isEmpty()) {
      return;
    }
    if (FIELD_ENDS.contains(name) && call.getArguments().size() == 1) {
      fieldEnd(call, morphia.get(), context);
    } else if (name.equals("filter") && call.getArguments().size() == 2) {
      stringFilter(call, context);
    }
  }

  /** 1.x {@code query.filter("email", Pattern)} (the condition may carry an operator: {@code "email ="}). */
  private void stringFilter(MethodCallExpr call, ExtractionContext context) {
    Optional<String> condition = context.folder().constantString(call.getArgument(0));
    Optional<RegexValue> regex = RegexValue.of(call.getArgument(1), context.folder());
    if (condition.isEmpty() || regex.isEmpty() || condition.get().isBlank()) {
      return;
    }
    String field = condition.get().trim().split("\\s+")[0];
    String quoted = "\"" + field + "\"";
    context.emit(new QueryPredicate(Store.MONGO, FieldRef.named(quoted, field), Operator.REGEX, regex.get().shape(),
        ExtractionContext.rangeOf(call.getName()), ExtractionContext.rangeOf(call),
        ExtractionContext.normalisedCode(call), id(), new TemplateRewrites("Filters.eq(" + quoted + ", {})",
            "Filters.regex(" + quoted + ", {})", COLLATION)));
  }

  /** Which Morphia the file uses, by its imports. */
  private enum Package { CURRENT, LEGACY }

  private static Optional<Package> morphiaPackage(ExtractionContext context) {
    boolean current = false;
    for (var i : context.unit().getImports()) {
      String name = i.getNameAsString();
      if (name.startsWith("org.mongodb.morphia")) {
        return Optional.of(Package.LEGACY);
      }
      current |= name.startsWith("dev.morphia");
    }
    return current ? Optional.of(Package.CURRENT) : Optional.empty();
  }

  private void regexFilter(MethodCallExpr call, String prefix, ExtractionContext context) {
    Optional<PatternText> pattern = Optional.empty();
    RegexFlags flags = RegexFlags.NONE;
    if (call.getArguments().size() == 2) {
      Optional<RegexValue> value = RegexValue.of(call.getArgument(1), context.folder());
      pattern = patternOf(call.getArgument(1), value, context);
      flags = value.map(RegexValue::flags).orElse(RegexFlags.NONE);
    }
    Node current = call;
    while (current.getParentNode().orElse(null) instanceof MethodCallExpr next
        && next.getScope().orElse(null) == current) {
      String method = next.getNameAsString();
      if (method.equals("pattern") && next.getArguments().size() == 1) {
        Optional<RegexValue> value = RegexValue.of(next.getArgument(0), context.folder());
        pattern = patternOf(next.getArgument(0), value, context);
        flags = flags.or(value.map(RegexValue::flags).orElse(RegexFlags.NONE));
      } else if (method.equals("caseInsensitive")) {
        flags = flags.withCaseInsensitive(true);
      } else if (method.equals("multiline")) {
        flags = flags.withMultiline(true);
      } else if (method.equals("options") && next.getArguments().size() == 1) {
        flags = flags.or(RegexFlags.fromOptions(context.folder().constantString(next.getArgument(0)).orElse("")));
      } else {
        break;
      }
      current = next;
    }
    if (pattern.isPresent()) {
      emit(call, call.getArgument(0), PatternScanner.scanRegex(pattern.get(), flags), current, prefix, context);
    }
  }

  /** The pattern text of a regex argument; empty for a {@code Pattern} object regexguard cannot see into. */
  private static Optional<PatternText> patternOf(Expression argument, Optional<RegexValue> value,
      ExtractionContext context) {
    if (value.isPresent()) {
      return Optional.of(value.get().pattern());
    }
    return RegexValue.isOpaqueRegexObject(argument) ? Optional.empty() : Optional.of(context.folder().fold(argument));
  }

  private void valueFilter(MethodCallExpr call, String prefix, ExtractionContext context) {
    List<Expression> values = new ArrayList<>(List.of(call.getArgument(1)));
    if (call.getArgument(1) instanceof MethodCallExpr list
        && (list.getNameAsString().equals("of") || list.getNameAsString().equals("asList"))) {
      values = list.getArguments();
    }
    for (Expression value : values) {
      Optional<RegexValue> regex = RegexValue.of(value, context.folder());
      if (regex.isPresent()) {
        emit(call, call.getArgument(0), regex.get().shape(), call, prefix, context);
        return;
      }
    }
  }

  /** {@code field("f").equalIgnoreCase(v)} and its siblings, also after {@code not()}. */
  private void fieldEnd(MethodCallExpr call, Package morphia, ExtractionContext context) {
    Optional<Expression> scope = call.getScope();
    if (scope.isPresent() && scope.get() instanceof MethodCallExpr not && not.getNameAsString().equals("not")) {
      scope = not.getScope();
    }
    if (scope.isEmpty() || !(scope.get() instanceof MethodCallExpr select)
        || !(select.getNameAsString().equals("field") || select.getNameAsString().equals("criteria"))
        || select.getArguments().size() != 1) {
      return;
    }
    String method = call.getNameAsString();
    Expression argument = call.getArgument(0);
    PatternShape shape;
    if (method.equals("equal") || method.equals("notEqual") || method.equals("hasThisOne")) {
      Optional<RegexValue> regex = RegexValue.of(argument, context.folder());
      if (regex.isEmpty()) {
        return;
      }
      shape = regex.get().shape();
    } else {
      boolean quoted = morphia == Package.CURRENT;
      List<PatternPart> parts = new ArrayList<>();
      if (method.startsWith("equal") || method.startsWith("startsWith")) {
        parts.add(new PatternPart.Literal("^"));
      }
      for (PatternPart part : context.folder().fold(argument).parts()) {
        parts.add(quoted ? RegexParts.quote(part) : part);
      }
      if (method.startsWith("equal") || method.startsWith("endsWith")) {
        parts.add(new PatternPart.Literal("$"));
      }
      shape = PatternScanner.scanRegex(new PatternText(parts),
          RegexFlags.NONE.withCaseInsensitive(method.endsWith("IgnoreCase")));
    }
    Optional<String> field = context.folder().constantString(select.getArgument(0));
    String fieldEnd = select.getScope().map(s -> s + ".").orElse("") + select.getNameAsString() + "("
        + select.getArgument(0) + ")";
    context.emit(new QueryPredicate(Store.MONGO, new FieldRef(select.getArgument(0).toString(), field, Optional.empty()),
        Operator.REGEX, shape, ExtractionContext.rangeOf(call.getName()), ExtractionContext.rangeOf(call),
        ExtractionContext.normalisedCode(call), id(),
        new TemplateRewrites(fieldEnd + ".equal({})", fieldEnd + ".equal(Pattern.compile({}))",
            COLLATION.replace("filter({})", "filter(Filters.eq(" + select.getArgument(0) + ", …))"))));
  }

  private void emit(MethodCallExpr call, Expression fieldExpr, PatternShape shape, Node extent, String prefix,
      ExtractionContext context) {
    Optional<String> field = context.folder().constantString(fieldExpr);
    String f = fieldExpr.toString();
    context.emit(new QueryPredicate(Store.MONGO, new FieldRef(f, field, Optional.empty()), Operator.REGEX, shape,
        ExtractionContext.rangeOf(call.getName()), ExtractionContext.rangeOf(extent),
        ExtractionContext.normalisedCode(extent), id(),
        new TemplateRewrites(prefix + "eq(" + f + ", {})", prefix + "regex(" + f + ", {})", COLLATION)));
  }
}
