package io.github.regexguard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.model.Level;
import io.github.regexguard.model.SuppressedFinding;
import io.github.regexguard.model.Suppression;
import io.github.regexguard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Which findings of the suppression fixture are silenced, by what, and with which reason. (That
 * nothing else is silenced, and the look-alikes still report, is FixtureTest's job.)
 */
class SuppressionTest {

  private static final String FILE = "io/github/regexguard/fixtures/suppression/SuppressedCases.java";

  @Test
  void eachFormSilencesWhatItNames() {
    AnalysisResult result = analyse();
    Set<String> actual = new TreeSet<>();
    for (SuppressedFinding s : result.suppressed()) {
      Suppression by = s.suppression();
      actual.add(s.finding().location().beginLine() + " " + s.finding().ruleId() + " <- " + by.kind() + "@"
          + by.line() + " " + by.reason().orElse("(no reason)"));
    }
    Set<String> expected = new TreeSet<>(List.of(
        "17 CaseInsensitiveEquality <- ANNOTATION@16 (no reason)",
        "26 UnanchoredMatch <- ANNOTATION@13 the audit search runs on a 200-document collection",
        "31 CaseInsensitiveEquality <- ANNOTATION@29 (no reason)",
        "31 UnquotedRegexInput <- ANNOTATION@29 (no reason)",
        "36 CaseInsensitiveEquality <- ANNOTATION@35 migration REG-12 lower-cases stored emails",
        "42 CaseInsensitiveEquality <- COMMENT@41 login ids are ASCII and lower-cased at sign-up",
        "46 CaseInsensitivePrefix <- COMMENT@46 (no reason)",
        "56 UnquotedRegexInput <- COMMENT@55 validated as [a-z]+ upstream"));
    assertEquals(expected, actual);
  }

  @Test
  void suppressionsWithoutReasonAreListedOnce() {
    List<String> unexplained = analyse().unexplainedSuppressions().stream().map(Suppression::describe).toList();
    assertEquals(List.of(
        FILE + ":16 @SuppressWarnings (CaseInsensitiveEquality)",
        FILE + ":29 @SuppressWarnings (all rules)",
        FILE + ":46 regexguard:ignore (all rules)"), unexplained);
  }

  @Test
  void suppressedFindingsDoNotCount() {
    AnalysisResult result = analyse();
    assertTrue(result.suppressed().stream().anyMatch(s -> s.finding().level() == Level.ERROR));
    assertTrue(result.findings().stream().noneMatch(f -> f.location().beginLine() == 31),
        "line 31 is silenced completely");
    assertEquals(7, result.countAtLeast(Level.ERROR), "only the seven look-alikes count");
  }

  private static AnalysisResult analyse() {
    Path root = Fixtures.sources();
    return Analyzer.analyze(AnalysisRequest.builder(root).path(root.resolve(FILE)).build());
  }
}
