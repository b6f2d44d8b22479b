package io.github.regexguard.extract;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.fold.SourceFacts;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternScanner;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.pattern.RegexFlags;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A regular expression object used as a query value: {@code Pattern.compile(p[, flags])} or
 * {@code new BsonRegularExpression(p[, options])}, directly or through a local or constant.
 */
public record RegexValue(PatternText pattern, RegexFlags flags) {

  private static final String PATTERN = "java.util.regex.Pattern";
  private static final String BSON_REGEX = "org.bson.BsonRegularExpression";

  public PatternShape shape() {
    return PatternScanner.scanRegex(pattern, flags);
  }

  /** The regex {@code expression} evaluates to, if it is one regexguard can see. */
  public static Optional<RegexValue> of(Expression expression, ExpressionFolder folder) {
    Optional<Expression> resolved = folder.resolve(expression);
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    Expression e = resolved.get();
    if (e instanceof MethodCallExpr call && isPatternCompile(call)) {
      PatternText pattern = folder.fold(call.getArgument(0));
      RegexFlags flags = RegexFlags.NONE;
      if (call.getArguments().size() > 1) {
        OptionalInt bits = folder.constantInt(call.getArgument(1));
        flags = bits.isPresent() ? RegexFlags.fromPatternFlags(bits.getAsInt()) : RegexFlags.NONE;
      }
      return Optional.of(new RegexValue(pattern, flags));
    }
    if (e instanceof ObjectCreationExpr creation && isBsonRegex(creation)) {
      PatternText pattern = folder.fold(creation.getArgument(0));
      String options =
          creation.getArguments().size() > 1
              ? folder.constantString(creation.getArgument(1)).orElse("")
              : "";
      return Optional.of(new RegexValue(pattern, RegexFlags.fromOptions(options)));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code expression} is a {@code Pattern} or {@code BsonRegularExpression} object whose
   * pattern regexguard cannot see (a parameter or field of that type): nothing can be said about it.
   */
  public static boolean isOpaqueRegexObject(Expression expression) {
    if (!(expression instanceof com.github.javaparser.ast.expr.NameExpr name)) {
      return false;
    }
    return io.github.regexguard.fold.Declarations.declaredType(name)
        .map(t -> t.equals("Pattern") || t.equals(PATTERN) || t.equals("BsonRegularExpression") || t.equals(BSON_REGEX))
        .orElse(false);
  }

  private static boolean isPatternCompile(MethodCallExpr call) {
    if (!call.getNameAsString().equals("compile") || call.getArguments().isEmpty()) {
      return false;
    }
    return call.getScope()
        .map(s -> s.toString().equals(PATTERN)
            || SourceFacts.imports(call).map(i -> i.refersTo(s, PATTERN)).orElse(false))
        .orElseGet(() -> SourceFacts.imports(call).map(i -> i.staticallyImports("compile", PATTERN)).orElse(false));
  }

  private static boolean isBsonRegex(ObjectCreationExpr creation) {
    String type = creation.getType().getNameWithScope();
    return !creation.getArguments().isEmpty()
        && (type.equals(BSON_REGEX)
            || SourceFacts.imports(creation)
                .map(i -> i.simpleNameRefersTo(creation.getType().getNameAsString(), BSON_REGEX)
                    && type.equals(creation.getType().getNameAsString()))
                .orElse(false));
  }
}
