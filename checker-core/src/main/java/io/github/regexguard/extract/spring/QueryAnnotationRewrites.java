package io.github.regexguard.extract.spring;

import io.github.regexguard.extract.mongo.MongoApiRewrites;

/**
 * Rewrites of a repository method's {@code @Query} JSON filter, phrased as the annotation to write
 * and the value to pass.
 *
 * @param field the database field the filter tests
 */
record QueryAnnotationRewrites(String field) implements MongoApiRewrites {

  @Override
  public String equality(String value) {
    return "@Query(\"{ '" + field + "': ?0 }\") called with " + value;
  }

  @Override
  public String regex(String pattern) {
    return "@Query(\"{ '" + field + "': { $regex: ?0 } }\") called with " + pattern;
  }

  @Override
  public String withCollation(String equality) {
    return "@Query(value = \"{ '" + field + "': ?0 }\", collation = \"" + DerivedQueryRewrites.COLLATION + "\")";
  }
}
