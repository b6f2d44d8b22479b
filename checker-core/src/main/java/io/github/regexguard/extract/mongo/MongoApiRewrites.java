package io.github.regexguard.extract.mongo;

import io.github.regexguard.extract.JavaSnippets;
import io.github.regexguard.model.Problem;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Rewrite;
import io.github.regexguard.model.RewriteRenderer;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternText;

/**
 * Rewrites for a MongoDB query API (Spring Data criteria, Morphia, Panache, MongoJack, Jongo,
 * Querydsl), phrased with that API's own equality and regex on the flagged field. An implementation
 * only says how its API writes an equality, a regex and a collation.
 */
public interface MongoApiRewrites extends RewriteRenderer {

  /** The API's equality on the flagged field, e.g. {@code Criteria.where("email").is(value)}. */
  String equality(String value);

  /** The API's regex match on the flagged field, e.g. {@code Criteria.where("email").regex(pattern)}. */
  String regex(String pattern);

  /** How {@code equality} runs with a case-insensitive (strength 2) collation in this API. */
  String withCollation(String equality);

  @Override
  default Rewrite rewrite(Problem problem, QueryPredicate predicate) {
    PatternShape shape = predicate.shape();
    String name = predicate.field().displayName();
    return switch (problem) {
      case CASE_INSENSITIVE_EQUALITY -> {
        PatternText value = shape.exactValue().orElse(shape.prefix());
        yield Rewrite.of(
            equality(JavaSnippets.lowerCasedValue(value)) + "  (store " + name + " lower-cased)",
            withCollation(equality(JavaSnippets.valueExpression(value))) + " with an index {" + name
                + ": 1} declared with the same collation (strength 2)");
      }
      case CASE_INSENSITIVE_PREFIX -> Rewrite.of(
          regex("\"^\" + Pattern.quote(" + JavaSnippets.lowerCasedValue(prefixValue(shape)) + ")")
              + "  (store " + name + " lower-cased; a case-sensitive anchored prefix uses the index)",
          "an Atlas Search index with a lowercase, edgeGram analyzer for type-ahead search");
      case UNANCHORED_MATCH -> unanchored(shape, name);
      case REGEX_EQUALITY -> Rewrite.of(
          equality(exactValue(shape)) + "  (plain equality; note that $ also matched before a final newline)");
      case UNQUOTED_INPUT -> shape.exactValue().isPresent()
          ? Rewrite.of(equality(exactValue(shape)) + "  (no regex at all)",
              "quote the input: " + regex(JavaSnippets.quotedPattern(shape.pattern())))
          : Rewrite.of("quote the input: " + regex(JavaSnippets.quotedPattern(shape.pattern())));
    };
  }

  private Rewrite unanchored(PatternShape shape, String name) {
    if (shape.multiline() && !shape.alternation()) {
      return Rewrite.of("anchor with \\A instead of ^, or drop the m option, so the index can bound the prefix");
    }
    if (shape.alternation()) {
      return Rewrite.of("one equality per alternative (" + equality("value1") + " or ...), or one anchored regex each",
          "a normalised field matched with " + equality("…"));
    }
    return Rewrite.of(
        "store the part you search for in its own indexed field (e.g. " + name + "Domain) and match it with "
            + "an equality such as " + equality("…"),
        "an Atlas Search index (or an n-gram field) for contains or suffix search");
  }

  /** The searched prefix: the literal prefix, or the raw run-time value that follows the anchor. */
  private static PatternText prefixValue(PatternShape shape) {
    if (!shape.hasLiteralPrefix() && shape.hasRawInput()) {
      return PatternText.dynamic(shape.rawDynamicParts().get(0).source(), false);
    }
    return shape.prefix();
  }

  private static String exactValue(PatternShape shape) {
    return JavaSnippets.valueExpression(shape.exactValue().orElse(shape.prefix()));
  }
}
