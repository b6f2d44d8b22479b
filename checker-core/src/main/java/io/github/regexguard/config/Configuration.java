package io.github.regexguard.config;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.SqlDialect;
import io.github.regexguard.model.Level;
import io.github.regexguard.resolve.IdentityFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of {@code regexguard.yml} (design §11). Every setting is optional; the command line
 * and the Maven plugin apply the file first and their own options over it.
 *
 * @param identityFields names added to the identity list
 * @param identityFieldsReplace names that replace the default identity list, when given
 * @param indexedFields {@code collection.field} or {@code table.column} known to be indexed
 * @param sqlDialect the project's SQL dialect
 * @param includes globs a reported file must match
 * @param excludes globs that remove reported files
 * @param rules per-rule levels; an empty level turns the rule off
 * @param failOn the failure threshold; {@code Optional.of(Optional.empty())} is {@code never}
 */
public record Configuration(
    List<String> identityFields,
    Optional<List<String>> identityFieldsReplace,
    List<String> indexedFields,
    Optional<SqlDialect> sqlDialect,
    List<String> includes,
    List<String> excludes,
    Map<String, Optional<Level>> rules,
    Optional<Optional<Level>> failOn) {

  public static final Configuration EMPTY = new Configuration(List.of(), Optional.empty(), List.of(),
      Optional.empty(), List.of(), List.of(), Map.of(), Optional.empty());

  public Configuration {
    identityFields = List.copyOf(identityFields);
    identityFieldsReplace = identityFieldsReplace.map(List::copyOf);
    indexedFields = List.copyOf(indexedFields);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    rules = Map.copyOf(rules);
  }

  /** The identity policy: the defaults or the replacement list, plus the additions and {@code extra}. */
  public IdentityFields identityPolicy(List<String> extra) {
    List<String> added = new ArrayList<>(identityFields);
    added.addAll(extra);
    return identityFieldsReplace.map(replacement -> IdentityFields.replacing(replacement).plus(added))
        .orElseGet(() -> IdentityFields.withAdditions(added));
  }

  /**
   * Applies the file's settings that have no command-line or plugin counterpart to {@code request}:
   * indexed fields, dialect, includes, excludes and rule levels. Identity fields and the failure
   * threshold are merged by the caller, whose options win.
   */
  public AnalysisRequest.Builder applyTo(AnalysisRequest.Builder request) {
    request.indexedFields(new LinkedHashSet<>(indexedFields));
    sqlDialect.ifPresent(request::sqlDialect);
    request.includes(includes);
    request.excludes(excludes);
    rules.forEach(request::ruleLevel);
    return request;
  }
}
