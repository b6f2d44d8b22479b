package io.github.regexguard.pattern;

import io.github.regexguard.model.Anchoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shapes of SQL {@code LIKE} patterns: a leading wildcard defeats a B-tree index, a trailing one is a prefix. */
public final class LikeShapes {

  private LikeShapes() {}

  /**
   * The shape of a {@code LIKE} pattern.
   *
   * @param pattern the pattern, with bound parameters as raw dynamic parts when their value is unknown
   * @param caseInsensitive {@code ILIKE} or {@code lower(col) LIKE}
   */
  public static PatternShape scanLike(PatternText pattern, boolean caseInsensitive) {
    List<PatternPart> parts = pattern.parts();
    List<PatternPart.Dynamic> raw = pattern.dynamicParts().stream().filter(d -> !d.quoted()).toList();
    if (parts.isEmpty()) {
      return shape(Anchoring.EXACT, List.of(), Optional.of(pattern), caseInsensitive, raw, pattern);
    }
    if (startsWithWildcard(parts.get(0))) {
      return shape(Anchoring.NONE, List.of(), Optional.empty(), caseInsensitive, raw, pattern);
    }
    List<PatternPart> prefix = new ArrayList<>();
    boolean wildcard = false;
    for (PatternPart part : parts) {
      if (part instanceof PatternPart.Literal literal) {
        int cut = firstWildcard(literal.text());
        if (cut >= 0) {
          prefix.add(new PatternPart.Literal(literal.text().substring(0, cut)));
          wildcard = true;
          break;
        }
      }
      prefix.add(part);
    }
    if (!wildcard && raw.isEmpty()) {
      return shape(Anchoring.EXACT, prefix, Optional.of(pattern), caseInsensitive, raw, pattern);
    }
    return shape(Anchoring.PREFIX, prefix, Optional.empty(), caseInsensitive, raw, pattern);
  }

  /**
   * A run-time value is unknown text, not a wildcard: {@code q + "%"} is a prefix search. When it is
   * not escaped its own {@code %} and {@code _} may still make it one, which is what
   * {@code rawDynamicParts} reports.
   */
  private static boolean startsWithWildcard(PatternPart first) {
    return first instanceof PatternPart.Literal literal
        && !literal.text().isEmpty() && firstWildcard(literal.text()) == 0;
  }

  private static int firstWildcard(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' || c == '_') {
        return i;
      }
    }
    return -1;
  }

  private static PatternShape shape(
      Anchoring anchoring,
      List<PatternPart> prefix,
      Optional<PatternText> exact,
      boolean caseInsensitive,
      List<PatternPart.Dynamic> raw,
      PatternText pattern) {
    return new PatternShape(
        anchoring, new PatternText(prefix), exact, caseInsensitive, false, false, raw, pattern);
  }
}
