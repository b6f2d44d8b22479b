package io.github.regexguard.extract.jongo;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.RegexValue;
import io.github.regexguard.extract.json.MongoJsonFilter;
import io.github.regexguard.extract.mongo.TemplateRewrites;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.pattern.RegexFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jongo: shell-style JSON templates whose {@code #} placeholders take the call's further arguments
 * in order ({@code users.find("{email: #}", Pattern.compile(...))}). A {@code Pattern} bound to a
 * placeholder is a regex; a string bound inside {@code $regex} is one too.
 */
public final class JongoFrontEnd implements FrontEnd {

  private static final List<String> METHODS = List.of("find", "findOne", "count", "remove", "update");
  private static final String COLLATION = "{} with a collation the index shares (strength 2), through the driver";

  @Override
  public String id() {
    return "jongo";
  }

  @Override
  public List<String> triggers() {
    return List.of("org.jongo");
  }

  @Override
  public void onCall(MethodCallExpr call, ExtractionContext context) {
    if (!METHODS.contains(call.getNameAsString()) || call.getArguments().isEmpty() || !importsJongo(context)) {
      return;
    }
    PatternText template = context.folder().fold(call.getArgument(0));
    if (template.parts().isEmpty() || !(template.parts().get(0) instanceof PatternPart.Literal first)
        || !first.text().stripLeading().startsWith("{")) {
      return;
    }
    List<Expression> arguments = call.getArguments().subList(1, call.getArguments().size());
    PatternText json = bind(template, arguments, context);
    String scope = call.getScope().map(s -> s + ".").orElse("") + call.getNameAsString();
    for (MongoJsonFilter.Match match : MongoJsonFilter.analyze(json)) {
      String field = match.field();
      context.emit(new QueryPredicate(Store.MONGO, FieldRef.named("\"" + field + "\"", field), match.operator(),
          match.shape(), ExtractionContext.rangeOf(call.getName()), ExtractionContext.rangeOf(call),
          ExtractionContext.normalisedCode(call), id(),
          new TemplateRewrites(scope + "(\"{" + field + ": #}\", {})", scope + "(\"{" + field + ": {$regex: #}}\", {})",
              COLLATION)));
    }
  }

  private static boolean importsJongo(ExtractionContext context) {
    return context.unit().getImports().stream().anyMatch(i -> i.getNameAsString().startsWith("org.jongo"));
  }

  /** The template with each {@code #} replaced by its argument as JSON: a regex document, a string, or a value. */
  private static PatternText bind(PatternText template, List<Expression> arguments, ExtractionContext context) {
    List<PatternPart> parts = new ArrayList<>();
    int next = 0;
    for (PatternPart part : template.parts()) {
      if (!(part instanceof PatternPart.Literal literal)) {
        parts.add(part);
        continue;
      }
      String text = literal.text();
      int from = 0;
      for (int at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
        parts.add(new PatternPart.Literal(text.substring(from, at)));
        parts.addAll(next < arguments.size() ? json(arguments.get(next), context) : List.of(new PatternPart.Literal("null")));
        next++;
        from = at + 1;
      }
      parts.add(new PatternPart.Literal(text.substring(from)));
    }
    return new PatternText(parts);
  }

  private static List<PatternPart> json(Expression argument, ExtractionContext context) {
    Optional<RegexValue> regex = RegexValue.of(argument, context.folder());
    if (regex.isPresent()) {
      List<PatternPart> parts = new ArrayList<>();
      parts.add(new PatternPart.Literal("{\"$regex\": \""));
      parts.addAll(escaped(regex.get().pattern()));
      parts.add(new PatternPart.Literal("\", \"$options\": \"" + options(regex.get().flags()) + "\"}"));
      return parts;
    }
    PatternText value = context.folder().fold(argument);
    if (value.isConstant()) {
      List<PatternPart> parts = new ArrayList<>();
      parts.add(new PatternPart.Literal("\""));
      parts.addAll(escaped(value));
      parts.add(new PatternPart.Literal("\""));
      return parts;
    }
    return List.of(new PatternPart.Dynamic(argument.toString(), false));
  }

  /** Literal text escaped for a JSON string; run-time parts kept as they are. */
  private static List<PatternPart> escaped(PatternText text) {
    List<PatternPart> parts = new ArrayList<>();
    for (PatternPart part : text.parts()) {
      if (part instanceof PatternPart.Literal literal) {
        parts.add(new PatternPart.Literal(literal.text().replace("\\", "\\\\").replace("\"", "\\\"")));
      } else {
        parts.add(part);
      }
    }
    return parts;
  }

  private static String options(RegexFlags flags) {
    return (flags.caseInsensitive() ? "i" : "") + (flags.multiline() ? "m" : "") + (flags.extended() ? "x" : "");
  }
}
