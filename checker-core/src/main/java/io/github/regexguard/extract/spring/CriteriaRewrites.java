package io.github.regexguard.extract.spring;

import io.github.regexguard.extract.mongo.MongoApiRewrites;
import io.github.regexguard.model.Problem;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.model.SuggestedFix;
import io.github.regexguard.model.TextEdit;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.extract.JavaSnippets;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites in Spring Data MongoDB's {@code Criteria} API.
 *
 * @param where how the code starts a criteria on the field: {@code Criteria.where("email")}, {@code where(EMAIL)}
 * @param replaceable the text from the regex method's name to the end of its call, when replacing
 *     it by {@code is(value)} keeps the query's meaning
 */
record CriteriaRewrites(String where, Optional<SourceRange> replaceable) implements MongoApiRewrites {

  static final String COLLATION = "Collation.of(\"en\").strength(Collation.ComparisonLevel.secondary())";

  @Override
  public String equality(String value) {
    return where + ".is(" + value + ")";
  }

  @Override
  public String regex(String pattern) {
    return where + ".regex(" + pattern + ")";
  }

  @Override
  public String withCollation(String equality) {
    return "query(" + equality + ").collation(" + COLLATION + ")";
  }

  @Override
  public Optional<SuggestedFix> fix(Problem problem, QueryPredicate predicate) {
    PatternShape shape = predicate.shape();
    if (problem != Problem.REGEX_EQUALITY || replaceable.isEmpty() || shape.hasRawInput()
        || shape.exactValue().isEmpty()) {
      return Optional.empty();
    }
    String replacement = "is(" + JavaSnippets.valueExpression(shape.exactValue().get()) + ")";
    return Optional.of(new SuggestedFix("Replace the anchored regex with an equality",
        List.of(new TextEdit(replaceable.get(), replacement))));
  }
}
