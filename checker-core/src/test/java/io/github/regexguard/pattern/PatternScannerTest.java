package io.github.regexguard.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.model.Anchoring;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternScannerTest {

  /** Constant patterns: pattern, options, anchoring, case-insensitive, literal prefix. */
  @ParameterizedTest(name = "/{0}/{1} -> {2}")
  @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
      ^abc ;  ; PREFIX ; false ; abc
      ^abc$ ;  ; EXACT ; false ; abc
      ^abc$ ; i ; EXACT ; true ; abc
      ^abc ; i ; PREFIX ; true ; abc
      abc ;  ; NONE ; false ; ``
      abc$ ;  ; NONE ; false ; ``
      .*abc.* ; i ; NONE ; true ; ``
      ^abc.* ;  ; PREFIX ; false ; abc
      ^abc.*$ ;  ; PREFIX ; false ; abc
      ^ab*c ;  ; PREFIX ; false ; a
      ^ab?c ;  ; PREFIX ; false ; a
      ^ab{2}c ;  ; PREFIX ; false ; a
      ^ab+c ;  ; PREFIX ; false ; ab
      ^a.c ;  ; PREFIX ; false ; a
      ^\\Qa.b\\E$ ;  ; EXACT ; false ; a.b
      ^\\Qa.b\\E ; i ; PREFIX ; true ; a.b
      ^john\\.doe$ ;  ; EXACT ; false ; john.doe
      \\Aabc ; m ; PREFIX ; false ; abc
      \\Aabc\\z ;  ; EXACT ; false ; abc
      ^abc\\Z ;  ; EXACT ; false ; abc
      ^abc ; m ; NONE ; false ; ``
      ^abc ; im ; NONE ; true ; ``
      ^abc ; si ; PREFIX ; true ; abc
      (?i)^abc$ ;  ; EXACT ; true ; abc
      (?i)^abc ;  ; PREFIX ; true ; abc
      ^(?i)abc ;  ; PREFIX ; true ; abc
      (?m)^abc ;  ; NONE ; false ; ``
      (?im)^abc$ ;  ; NONE ; true ; ``
      (?-i)^abc$ ; i ; EXACT ; false ; abc
      ^(abc|abd)$ ;  ; NONE ; false ; ``
      ^abc|^abd ;  ; NONE ; false ; ``
      abc|def ;  ; NONE ; false ; ``
      ^[abc]def ;  ; PREFIX ; false ; ``
      ^a[|]b ;  ; PREFIX ; false ; a
      ^a\\|b$ ;  ; EXACT ; false ; a|b
      ^a\\d+$ ;  ; PREFIX ; false ; a
      ^$ ;  ; EXACT ; false ; ``
      ^ ;  ; PREFIX ; false ; ``
      `` ;  ; NONE ; false ; ``
      ^a$b ;  ; PREFIX ; false ; a
      ^(?:ab)c$ ;  ; PREFIX ; false ; ``
      ^abc(?i)def$ ;  ; PREFIX ; true ; abc
      ^a b$ ; x ; EXACT ; false ; ab
      ^a#b$ ;  ; EXACT ; false ; a#b
      ^[a-z]+@x\\.com$ ; i ; PREFIX ; true ; ``
      """)
  void constantPatterns(String pattern, String options, Anchoring anchoring, boolean ci, String prefix) {
    PatternShape shape = PatternScanner.scanRegex(
        PatternText.literal(pattern == null ? "" : pattern), RegexFlags.fromOptions(options));
    assertEquals(anchoring, shape.anchoring(), "anchoring");
    assertEquals(ci, shape.caseInsensitive(), "case-insensitive");
    assertEquals(prefix == null ? "" : prefix, shape.prefix().display(), "prefix");
  }

  @Test
  void quotedDynamicValueBetweenAnchorsIsAnEquality() {
    PatternShape shape = scan(List.of(lit("^"), dyn("email", true), lit("$")), "i");
    assertEquals(Anchoring.EXACT, shape.anchoring());
    assertTrue(shape.caseInsensitive());
    assertFalse(shape.hasRawInput());
    assertEquals("${email}", shape.exactValue().orElseThrow().display().replace("\\Q", "").replace("\\E", ""));
  }

  @Test
  void rawDynamicValueBetweenAnchorsIsAnEqualityByIntentAndRawInput() {
    PatternShape shape = scan(List.of(lit("^"), dyn("email", false), lit("$")), "i");
    assertEquals(Anchoring.EXACT, shape.anchoring());
    assertEquals(List.of(new PatternPart.Dynamic("email", false)), shape.rawDynamicParts());
  }

  @Test
  void quoteMarkersAroundADynamicValueQuoteIt() {
    PatternShape shape = scan(List.of(lit("^\\Q"), dyn("name", false), lit("\\E")), "");
    assertEquals(Anchoring.PREFIX, shape.anchoring());
    assertFalse(shape.hasRawInput());
    assertTrue(shape.hasLiteralPrefix());
  }

  @Test
  void rawDynamicValueWithLiteralSuffixIsNotAnEquality() {
    PatternShape shape = scan(List.of(lit("^"), dyn("user", false), lit("@acme\\.com$")), "i");
    assertEquals(Anchoring.PREFIX, shape.anchoring());
    assertFalse(shape.hasLiteralPrefix());
  }

  @Test
  void whollyDynamicPatternHasNoVisibleAnchor() {
    PatternShape shape = scan(List.of(dyn("pattern", false)), "");
    assertEquals(Anchoring.NONE, shape.anchoring());
    assertTrue(shape.hasRawInput());
  }

  @Test
  void quotedDynamicPrefixThenWildcardIsAPrefix() {
    PatternShape shape = scan(List.of(lit("^"), dyn("q", true), lit(".*")), "");
    assertEquals(Anchoring.PREFIX, shape.anchoring());
    assertTrue(shape.hasLiteralPrefix());
  }

  @Test
  void unterminatedConstructsDoNotThrow() {
    for (String pattern : List.of("^(", "^[", "^\\", "^\\Q", "(?", "(?i", "^a{", "^[]", "^[^]]x$", ")))", "^\\Qa")) {
      PatternShape shape = PatternScanner.scanRegex(PatternText.literal(pattern), RegexFlags.NONE);
      assertEquals(pattern, shape.text());
    }
  }

  /** Patterns that make a backtracking engine run for hours cost the scanner one linear pass. */
  @Test
  void catastrophicPatternsAreScannedInLinearTime() {
    String nested = "^(a+)+$".repeat(1) + "(((((((((((x*)*)*)*)*)*)*)*)*)*)*)*";
    String longAlternation = "^(" + "a|".repeat(50_000) + "a)*$";
    String deepGroups = "(".repeat(100_000) + "a" + ")".repeat(100_000);
    String evilEmail = "^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$";
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (String pattern : List.of(nested, longAlternation, deepGroups, evilEmail, "(x+x+)+y", "^(.*a){20}$")) {
        PatternScanner.scanRegex(PatternText.literal(pattern), RegexFlags.fromOptions("i"));
      }
    });
    assertEquals(Anchoring.NONE,
        PatternScanner.scanRegex(PatternText.literal(longAlternation), RegexFlags.NONE).anchoring());
  }

  private static PatternShape scan(List<PatternPart> parts, String options) {
    return PatternScanner.scanRegex(new PatternText(parts), RegexFlags.fromOptions(options));
  }

  private static PatternPart lit(String text) {
    return new PatternPart.Literal(text);
  }

  private static PatternPart dyn(String source, boolean quoted) {
    return new PatternPart.Dynamic(source, quoted);
  }
}
