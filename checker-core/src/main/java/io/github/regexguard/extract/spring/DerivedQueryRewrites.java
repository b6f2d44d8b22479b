package io.github.regexguard.extract.spring;

import io.github.regexguard.extract.repository.IgnoreCase;
import io.github.regexguard.model.Problem;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Rewrite;
import io.github.regexguard.model.RewriteRenderer;
import io.github.regexguard.resolve.IdentityFields;

/**
 * Rewrites of a derived query method: the same method without {@code IgnoreCase}, called with a
 * normalised value, or with a collation that a case-insensitive index shares.
 *
 * @param method the method as declared, e.g. {@code findOneByEmailIgnoreCase}
 * @param caseSensitive the method name without the condition's {@code IgnoreCase}, e.g. {@code findOneByEmail}
 * @param argument the parameter bound to the condition, e.g. {@code email}
 * @param placeholder the condition's parameter as a {@code @Query} placeholder, e.g. {@code ?0}
 * @param queryReplaces whether a {@code @Query} can replace the method: a find with this one condition
 * @param property where the index goes, e.g. {@code User.email}
 * @param ignoreCase how the condition ignores case
 */
record DerivedQueryRewrites(String method, String caseSensitive, String argument, String placeholder,
    boolean queryReplaces, String property, IgnoreCase ignoreCase) implements RewriteRenderer {

  static final String COLLATION = "{ 'locale': 'en', 'strength': 2 }";

  @Override
  public Rewrite rewrite(Problem problem, QueryPredicate predicate) {
    String field = predicate.field().displayName();
    String lowerCased = argument + ".toLowerCase(Locale.ROOT)";
    return switch (problem) {
      case CASE_INSENSITIVE_EQUALITY -> Rewrite.of(
          caseSensitive + "(" + lowerCased + ")  (declare " + caseSensitive + " without " + keyword()
              + " and store " + field + " lower-cased)",
          collationAlternative(field),
          "keeping " + keyword() + " keeps the $regex, which no collation or index can serve: drop it either way");
      case CASE_INSENSITIVE_PREFIX -> Rewrite.of(
          caseSensitive + "(" + lowerCased + ")  (store " + field + " lower-cased; StartingWith without "
              + keyword() + " is an anchored, quoted prefix the index serves)",
          "an Atlas Search index with a lowercase, edgeGram analyzer for type-ahead search");
      case UNANCHORED_MATCH -> Rewrite.of(
          "store the part you search for in its own indexed field (e.g. " + field + "Domain) and declare an "
              + "equality such as findBy" + capitalised(field) + "Domain(…)",
          "StartingWith on a lower-cased copy of " + field + " if a prefix search is enough",
          "an Atlas Search index (or an n-gram field) for contains or suffix search");
      case REGEX_EQUALITY -> Rewrite.of(caseSensitive + "(" + argument + ")  (a plain equality)");
      case UNQUOTED_INPUT -> Rewrite.of(
          method + "(Pattern.quote(" + argument + "))  (quote the value at each call site)",
          "a StartingWith method, which quotes the value itself");
    };
  }

  private String collationAlternative(String field) {
    String annotation = queryReplaces
        ? "@Query(value = \"{ '" + field + "': " + placeholder + " }\", collation = \"" + COLLATION + "\") or "
        : "";
    String unique = IdentityFields.defaults().matches(field) ? "unique = true, " : "";
    return annotation + "@Collation(\"" + COLLATION + "\") on " + caseSensitive + ", with @Indexed(" + unique
        + "collation = \"" + COLLATION + "\") on " + property + " (the index and the query must share the collation)";
  }

  private String keyword() {
    return ignoreCase == IgnoreCase.WHEN_POSSIBLE ? "AllIgnoreCase" : "IgnoreCase";
  }

  private static String capitalised(String field) {
    String last = field.substring(field.lastIndexOf('.') + 1);
    return last.isEmpty() ? last : Character.toUpperCase(last.charAt(0)) + last.substring(1);
  }
}
