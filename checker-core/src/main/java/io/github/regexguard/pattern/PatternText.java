package io.github.regexguard.pattern;

import java.util.ArrayList;
import java.util.List;

/** A pattern folded from the code: literal and dynamic parts in order, adjacent literals merged. */
public record PatternText(List<PatternPart> parts) {

  public PatternText {
    parts = merge(parts);
  }

  public static PatternText literal(String text) {
    return new PatternText(List.of(new PatternPart.Literal(text)));
  }

  public static PatternText dynamic(String source, boolean quoted) {
    return new PatternText(List.of(new PatternPart.Dynamic(source, quoted)));
  }

  public PatternText concat(PatternText other) {
    List<PatternPart> all = new ArrayList<>(parts);
    all.addAll(other.parts);
    return new PatternText(all);
  }

  public boolean isConstant() {
    return parts.stream().allMatch(p -> p instanceof PatternPart.Literal);
  }

  public List<PatternPart.Dynamic> dynamicParts() {
    return parts.stream()
        .filter(PatternPart.Dynamic.class::isInstance)
        .map(PatternPart.Dynamic.class::cast)
        .toList();
  }

  /** The pattern with each dynamic part shown as {@code ${source}}: for messages and fingerprints. */
  public String display() {
    StringBuilder out = new StringBuilder();
    for (PatternPart part : parts) {
      if (part instanceof PatternPart.Literal l) {
        out.append(l.text());
      } else if (part instanceof PatternPart.Dynamic d) {
        out.append(d.quoted() ? "\\Q${" + d.source() + "}\\E" : "${" + d.source() + "}");
      }
    }
    return out.toString();
  }

  private static List<PatternPart> merge(List<PatternPart> parts) {
    List<PatternPart> merged = new ArrayList<>(parts.size());
    StringBuilder literal = new StringBuilder();
    for (PatternPart part : parts) {
      if (part instanceof PatternPart.Literal l) {
        literal.append(l.text());
      } else {
        flush(literal, merged);
        merged.add(part);
      }
    }
    flush(literal, merged);
    return List.copyOf(merged);
  }

  private static void flush(StringBuilder literal, List<PatternPart> merged) {
    if (literal.length() > 0) {
      merged.add(new PatternPart.Literal(literal.toString()));
      literal.setLength(0);
    }
  }
}
