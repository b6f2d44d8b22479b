package io.github.regexguard.extract;

import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers that write Java source for rewrites. */
public final class JavaSnippets {

  private JavaSnippets() {}

  /** A Java string literal for {@code text}. */
  public static String stringLiteral(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** A Java expression for a value made of literal text and run-time values, e.g. {@code "x" + name}. */
  public static String valueExpression(PatternText value) {
    List<String> terms = new ArrayList<>();
    for (PatternPart part : value.parts()) {
      if (part instanceof PatternPart.Literal literal) {
        terms.add(stringLiteral(literal.text()));
      } else {
        terms.add(((PatternPart.Dynamic) part).source());
      }
    }
    return terms.isEmpty() ? "\"\"" : String.join(" + ", terms);
  }

  /** The value lower-cased: literal text folded now, run-time values with {@code toLowerCase(Locale.ROOT)}. */
  public static String lowerCasedValue(PatternText value) {
    if (value.parts().size() == 1 && value.parts().get(0) instanceof PatternPart.Dynamic d) {
      return d.source() + ".toLowerCase(Locale.ROOT)";
    }
    if (value.isConstant()) {
      return stringLiteral(value.parts().isEmpty() ? ""
          : ((PatternPart.Literal) value.parts().get(0)).text().toLowerCase(Locale.ROOT));
    }
    return "(" + valueExpression(value) + ").toLowerCase(Locale.ROOT)";
  }

  /** The pattern rebuilt with every raw run-time value wrapped in {@code Pattern.quote}. */
  public static String quotedPattern(PatternText pattern) {
    List<String> terms = new ArrayList<>();
    for (PatternPart part : pattern.parts()) {
      if (part instanceof PatternPart.Literal literal) {
        terms.add(stringLiteral(literal.text()));
      } else {
        PatternPart.Dynamic d = (PatternPart.Dynamic) part;
        terms.add("Pattern.quote(" + d.source() + ")");
      }
    }
    return terms.isEmpty() ? "\"\"" : String.join(" + ", terms);
  }
}
