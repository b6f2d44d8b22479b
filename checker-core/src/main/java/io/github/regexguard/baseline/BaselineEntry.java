package io.github.regexguard.baseline;

import io.github.regexguard.model.Finding;
import io.github.regexguard.report.Fingerprints;

/**
 * One accepted finding: no line number, so it survives line moves and edits elsewhere in the file.
 *
 * @param ruleId the rule
 * @param path the file, relative to the scan root
 * @param field the database field the predicate tests
 * @param code the predicate's code, whitespace-normalised
 */
public record BaselineEntry(String ruleId, String path, String field, String code) {

  public static BaselineEntry of(Finding finding) {
    return new BaselineEntry(finding.ruleId(), finding.path(), finding.field(), finding.code());
  }

  public String fingerprint() {
    return Fingerprints.of(ruleId, path, field, code);
  }
}
