package io.github.regexguard.model;

import io.github.regexguard.pattern.PatternShape;

/**
 * One store-neutral query predicate found in the code: the IR between front ends and rules.
 *
 * @param store the database it is sent to
 * @param field the field or column it tests
 * @param operator how it compares
 * @param shape what an index can make of its pattern
 * @param location where a finding is reported: the method name, annotation or string text
 * @param extent the whole offending expression, for excerpts and fixes
 * @param code the offending expression's source, whitespace-normalised (fingerprints, reports)
 * @param frontEnd the id of the front end that found it
 * @param renderer renders rewrites in the code's own API
 */
public record QueryPredicate(
    Store store,
    FieldRef field,
    Operator operator,
    PatternShape shape,
    SourceRange location,
    SourceRange extent,
    String code,
    String frontEnd,
    RewriteRenderer renderer) {}
