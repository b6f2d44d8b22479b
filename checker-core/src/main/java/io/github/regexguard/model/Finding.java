package io.github.regexguard.model;

import java.util.Optional;

/**
 * A reported problem.
 *
 * @param ruleId the rule's id, also its suppression key and SARIF rule id
 * @param level how severe it is for this field
 * @param path the file, relative to the scan root, {@code /}-separated
 * @param location where the problem starts
 * @param extent the whole offending expression
 * @param message what is wrong and why the index cannot help
 * @param rewrite the index-friendly alternatives
 * @param fix a machine-applicable edit, when one is safe
 * @param field the database field or column name
 * @param store the database kind
 * @param evidence what regexguard knows about the field's indexes, with the declaring location
 * @param code the offending expression, whitespace-normalised
 */
public record Finding(
    String ruleId,
    Level level,
    String path,
    SourceRange location,
    SourceRange extent,
    String message,
    Rewrite rewrite,
    Optional<SuggestedFix> fix,
    String field,
    Store store,
    Optional<String> evidence,
    String code) {

  public Finding withLevel(Level newLevel) {
    return new Finding(
        ruleId, newLevel, path, location, extent, message, rewrite, fix, field, store, evidence, code);
  }
}
