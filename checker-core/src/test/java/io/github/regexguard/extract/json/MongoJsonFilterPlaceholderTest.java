package io.github.regexguard.extract.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.model.Anchoring;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MongoJsonFilterPlaceholderTest {

  private static final Map<String, PatternPart.Dynamic> BOUND = Map.of(
      "?0", new PatternPart.Dynamic("email", false), "?1", new PatternPart.Dynamic("other", false));

  private static List<MongoJsonFilter.Match> analyze(String json) {
    return MongoJsonFilter.analyze(PatternText.literal(json), BOUND);
  }

  @Test
  void unquotedPlaceholderIsAValue() {
    MongoJsonFilter.Match match = analyze("{ email: { $regex: ?0, $options: 'i' } }").get(0);
    assertEquals("email", match.field());
    assertEquals(List.of(new PatternPart.Dynamic("email", false)), match.shape().rawDynamicParts());
    assertTrue(match.shape().caseInsensitive());
  }

  @Test
  void placeholderInsideAStringIsPartOfThePattern() {
    MongoJsonFilter.Match match = analyze("{ 'email': { $regex: '^?0$', $options: 'i' } }").get(0);
    assertEquals(Anchoring.EXACT, match.shape().anchoring());
  }

  @Test
  void placeholderInsideARegexLiteralIsPartOfThePattern() {
    MongoJsonFilter.Match match = analyze("{ login: /^?0/i }").get(0);
    assertEquals(Anchoring.PREFIX, match.shape().anchoring());
    assertTrue(match.shape().caseInsensitive());
  }

  @Test
  void longerTokensAreNotCutByShorterOnes() {
    Map<String, PatternPart.Dynamic> bound = Map.of("?1", new PatternPart.Dynamic("a", false),
        "?10", new PatternPart.Dynamic("j", false));
    MongoJsonFilter.Match match = MongoJsonFilter.analyze(PatternText.literal("{ x: { $regex: ?10 } }"), bound).get(0);
    assertEquals(List.of(new PatternPart.Dynamic("j", false)), match.shape().rawDynamicParts());
  }

  @Test
  void equalityOnAPlaceholderIsNoRegex() {
    assertEquals(List.of(), analyze("{ email: ?0, login: ?1 }"));
  }
}
