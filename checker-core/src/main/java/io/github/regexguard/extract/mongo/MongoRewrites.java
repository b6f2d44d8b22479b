package io.github.regexguard.extract.mongo;

import io.github.regexguard.extract.JavaSnippets;
import io.github.regexguard.model.Problem;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Rewrite;
import io.github.regexguard.model.RewriteRenderer;
import io.github.regexguard.model.SuggestedFix;
import io.github.regexguard.model.TextEdit;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternText;
import java.util.Optional;

/**
 * Rewrites in the MongoDB Java driver's {@code Filters} API.
 *
 * @param filters how the code names {@code Filters}: {@code "Filters."}, a qualified name, or
 *     {@code ""} when its methods are statically imported
 * @param field the field expression as written ({@code "email"}, {@code EMAIL})
 * @param replaceable whether the flagged expression can be replaced by a {@code Filters} call as is
 */
public record MongoRewrites(String filters, String field, boolean replaceable) implements RewriteRenderer {

  private static final String COLLATION =
      "Collation.builder().locale(\"en\").collationStrength(CollationStrength.SECONDARY).build()";

  @Override
  public Rewrite rewrite(Problem problem, QueryPredicate predicate) {
    PatternShape shape = predicate.shape();
    String name = predicate.field().displayName();
    return switch (problem) {
      case CASE_INSENSITIVE_EQUALITY -> caseInsensitiveEquality(shape, name);
      case CASE_INSENSITIVE_PREFIX -> Rewrite.of(
          call("regex", "\"^\" + Pattern.quote(" + JavaSnippets.lowerCasedValue(shape.prefix()) + ")")
              + "  (store " + name + " lower-cased; a case-sensitive anchored prefix uses the index)",
          "an Atlas Search index with a lowercase, edgeGram analyzer for type-ahead search");
      case UNANCHORED_MATCH -> unanchored(shape, name);
      case REGEX_EQUALITY -> Rewrite.of(
          call("eq", equalityValue(shape)) + "  (plain equality; note that $ also matched before a final newline)");
      case UNQUOTED_INPUT -> unquoted(shape);
    };
  }

  @Override
  public Optional<SuggestedFix> fix(Problem problem, QueryPredicate predicate) {
    if (problem != Problem.REGEX_EQUALITY || !replaceable) {
      return Optional.empty();
    }
    PatternShape shape = predicate.shape();
    if (shape.hasRawInput() || shape.exactValue().isEmpty()) {
      return Optional.empty();
    }
    String replacement = call("eq", equalityValue(shape));
    return Optional.of(new SuggestedFix("Replace the anchored regex with an equality",
        java.util.List.of(new TextEdit(predicate.extent(), replacement))));
  }

  private Rewrite caseInsensitiveEquality(PatternShape shape, String name) {
    PatternText value = shape.exactValue().orElse(shape.prefix());
    String raw = JavaSnippets.valueExpression(value);
    return Rewrite.of(
        call("eq", JavaSnippets.lowerCasedValue(value)) + "  (store " + name + " lower-cased)",
        call("eq", raw) + " with .collation(" + COLLATION + ") on the query and an index {" + name
            + ": 1} with the same collation (strength 2)");
  }

  private Rewrite unanchored(PatternShape shape, String name) {
    if (shape.multiline() && !shape.alternation()) {
      return Rewrite.of("anchor with \\A instead of ^, or drop the m option, so the index can bound the prefix");
    }
    if (shape.alternation()) {
      return Rewrite.of(call("in", "value1, value2") + " with exact values, or one anchored regex per alternative",
          "a normalised field matched with " + call("eq", "…"));
    }
    return Rewrite.of(
        "store the part you search for in its own indexed field (e.g. " + name + "Domain) and match it with "
            + call("eq", "…"),
        "an Atlas Search index (or an n-gram field) for contains or suffix search");
  }

  private Rewrite unquoted(PatternShape shape) {
    if (shape.exactValue().isPresent()) {
      return Rewrite.of(call("eq", equalityValue(shape)) + "  (no regex at all)",
          "quote the input: " + JavaSnippets.quotedPattern(shape.pattern()));
    }
    return Rewrite.of("quote the input: " + JavaSnippets.quotedPattern(shape.pattern()));
  }

  private static String equalityValue(PatternShape shape) {
    return JavaSnippets.valueExpression(shape.exactValue().orElse(shape.prefix()));
  }

  private String call(String method, String value) {
    return filters + method + "(" + field + ", " + value + ")";
  }
}
