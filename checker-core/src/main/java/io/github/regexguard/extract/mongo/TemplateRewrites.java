package io.github.regexguard.extract.mongo;

/**
 * {@link MongoApiRewrites} given as templates in which {@code {}} stands for the value, the pattern
 * or the equality: e.g. {@code Filters.eq("email", {})}, {@code Filters.regex("email", {})}.
 */
public record TemplateRewrites(String equalityForm, String regexForm, String collationForm) implements MongoApiRewrites {

  @Override
  public String equality(String value) {
    return equalityForm.replace("{}", value);
  }

  @Override
  public String regex(String pattern) {
    return regexForm.replace("{}", pattern);
  }

  @Override
  public String withCollation(String equality) {
    return collationForm.replace("{}", equality);
  }
}
