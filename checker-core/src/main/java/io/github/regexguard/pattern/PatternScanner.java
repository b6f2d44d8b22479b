package io.github.regexguard.pattern;

import io.github.regexguard.model.Anchoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes a {@link PatternShape} by one left-to-right pass over the pattern's parts.
 *
 * <p>The scanned code's patterns are never compiled or run: a hostile pattern costs one linear
 * pass. The prefix rules follow MongoDB's {@code IndexBoundsBuilder::simpleRegex}: a prefix needs
 * {@code ^} (without the {@code m} flag) or {@code \A}; {@code *}, {@code ?} and <code>{</code> drop
 * the character before them; a metacharacter ends the prefix; any {@code |} forbids bounds.
 */
public final class PatternScanner {

  private final List<Object> items = new ArrayList<>();
  private int pos;
  private RegexFlags flags;

  private PatternScanner(PatternText pattern, RegexFlags flags) {
    this.flags = flags;
    for (PatternPart part : pattern.parts()) {
      if (part instanceof PatternPart.Literal literal) {
        literal.text().chars().forEach(c -> items.add((char) c));
      } else {
        items.add(part);
      }
    }
  }

  /** The shape of a regular expression built from {@code pattern} and run with {@code flags}. */
  public static PatternShape scanRegex(PatternText pattern, RegexFlags flags) {
    return new PatternScanner(pattern, flags).scan(pattern);
  }

  private PatternShape scan(PatternText pattern) {
    readInlineFlags();
    boolean caretAnchor = peekChar('^');
    boolean stringAnchor = !caretAnchor && peekEscape('A');
    if (caretAnchor) {
      pos += 1;
    } else if (stringAnchor) {
      pos += 2;
    }
    readInlineFlags();
    Body body = new Body();
    body.scan();
    boolean anchored = stringAnchor || (caretAnchor && !flags.multiline());
    Anchoring anchoring;
    Optional<PatternText> exact = Optional.empty();
    if (!anchored || body.alternation) {
      anchoring = Anchoring.NONE;
    } else if (body.endAnchored && body.isPlainValue()) {
      anchoring = Anchoring.EXACT;
      exact = Optional.of(new PatternText(body.value));
    } else {
      anchoring = Anchoring.PREFIX;
    }
    return new PatternShape(
        anchoring,
        anchored && !body.alternation ? new PatternText(body.prefix) : new PatternText(List.of()),
        exact,
        flags.caseInsensitive() || body.caseInsensitiveGroup,
        flags.multiline(),
        body.alternation,
        body.rawDynamics,
        pattern);
  }

  /** Leading {@code (?imx-imx)} groups are flags, not content. */
  private void readInlineFlags() {
    while (peekChar('(') && charAt(pos + 1) == '?') {
      int end = pos + 2;
      boolean on = true;
      RegexFlags updated = flags;
      while (charAt(end) != ')') {
        int c = charAt(end);
        switch (c) {
          case '-' -> on = false;
          case 'i' -> updated = updated.withCaseInsensitive(on);
          case 'm' -> updated = updated.withMultiline(on);
          case 'x' -> updated = updated.withExtended(on);
          case 's', 'u', 'd', 'U' -> { }
          default -> {
            return;
          }
        }
        end++;
      }
      flags = updated;
      pos = end + 1;
    }
  }

  /** The part of the pattern after the start anchor. */
  private final class Body {
    final List<PatternPart> prefix = new ArrayList<>();
    final List<PatternPart> value = new ArrayList<>();
    final List<PatternPart.Dynamic> rawDynamics = new ArrayList<>();
    boolean collectingPrefix = true;
    boolean plain = true;
    boolean endAnchored;
    boolean alternation;
    boolean caseInsensitiveGroup;
    int rawDynamicCount;
    int otherParts;
    int depth;
    boolean inClass;
    boolean inQuote;

    void scan() {
      while (pos < items.size()) {
        Object item = items.get(pos);
        if (item instanceof PatternPart.Dynamic dynamic) {
          dynamic(dynamic);
          pos++;
        } else if (inQuote) {
          quoted((Character) item);
        } else if (inClass) {
          classChar((Character) item);
        } else {
          plainChar((Character) item);
        }
      }
    }

    boolean isPlainValue() {
      return plain && (rawDynamicCount == 0 || (rawDynamicCount == 1 && otherParts == 0));
    }

    private void dynamic(PatternPart.Dynamic dynamic) {
      boolean quoted = dynamic.quoted() || inQuote;
      PatternPart.Dynamic effective = new PatternPart.Dynamic(dynamic.source(), quoted);
      if (quoted) {
        otherParts++;
        literal(effective);
      } else {
        rawDynamicCount++;
        rawDynamics.add(effective);
        value.add(effective);
        collectingPrefix = false;
        endAnchored = false;
      }
    }

    private void quoted(char c) {
      if (c == '\\' && charAt(pos + 1) == 'E') {
        inQuote = false;
        pos += 2;
        return;
      }
      otherParts++;
      literal(new PatternPart.Literal(String.valueOf(c)));
      pos++;
    }

    private void classChar(char c) {
      if (c == '\\') {
        pos += 2;
        return;
      }
      if (c == ']') {
        inClass = false;
      }
      pos++;
    }

    private void plainChar(char c) {
      endAnchored = false;
      switch (c) {
        case '\\' -> escape();
        case '*', '?' -> {
          dropLastPrefixPart();
          structure();
          pos++;
        }
        case '{' -> {
          dropLastPrefixPart();
          structure();
          pos++;
        }
        case '+' -> {
          structure();
          pos++;
        }
        case '|' -> {
          alternation = true;
          structure();
          pos++;
        }
        case '[' -> {
          inClass = true;
          if (charAt(pos + 1) == ']') {
            pos++;
          }
          structure();
          pos++;
        }
        case '(' -> {
          if (charAt(pos + 1) == '?' && inlineCaseInsensitive()) {
            caseInsensitiveGroup = true;
          }
          depth++;
          structure();
          pos++;
        }
        case ')' -> {
          depth = Math.max(0, depth - 1);
          structure();
          pos++;
        }
        case '$' -> {
          pos++;
          if (pos == items.size() && depth == 0) {
            endAnchored = true;
            collectingPrefix = false;
          } else {
            structure();
          }
        }
        case '.', '^', '}', ']' -> {
          structure();
          pos++;
        }
        case ' ', '\t', '\n', '\r' -> {
          if (!flags.extended()) {
            otherParts++;
            literal(new PatternPart.Literal(String.valueOf(c)));
          }
          pos++;
        }
        case '#' -> {
          if (flags.extended()) {
            structure();
          } else {
            otherParts++;
            literal(new PatternPart.Literal("#"));
          }
          pos++;
        }
        default -> {
          otherParts++;
          literal(new PatternPart.Literal(String.valueOf(c)));
          pos++;
        }
      }
    }

    private void escape() {
      int next = charAt(pos + 1);
      if (next == 'Q') {
        inQuote = true;
        pos += 2;
        return;
      }
      if ((next == 'z' || next == 'Z') && pos + 2 == items.size() && depth == 0) {
        pos += 2;
        endAnchored = true;
        collectingPrefix = false;
        return;
      }
      if (next < 0) {
        structure();
        pos++;
        return;
      }
      if (Character.isLetterOrDigit(next)) {
        structure();
      } else {
        otherParts++;
        literal(new PatternPart.Literal(String.valueOf((char) next)));
      }
      pos += 2;
    }

    private boolean inlineCaseInsensitive() {
      for (int i = pos + 2; i < items.size(); i++) {
        int c = charAt(i);
        if (c == 'i') {
          return true;
        }
        if (c == '-' || c == ':' || c == ')' || c < 0) {
          return false;
        }
      }
      return false;
    }

    private void literal(PatternPart part) {
      value.add(part);
      if (collectingPrefix) {
        prefix.add(part);
      }
    }

    private void structure() {
      plain = false;
      collectingPrefix = false;
    }

    private void dropLastPrefixPart() {
      if (collectingPrefix && !prefix.isEmpty()) {
        prefix.remove(prefix.size() - 1);
      }
    }
  }

  private boolean peekChar(char c) {
    return charAt(pos) == c;
  }

  private boolean peekEscape(char c) {
    return charAt(pos) == '\\' && charAt(pos + 1) == c;
  }

  /** The character at {@code index}, or -1 past the end or at a run-time value. */
  private int charAt(int index) {
    if (index < 0 || index >= items.size()) {
      return -1;
    }
    return items.get(index) instanceof Character c ? c : -1;
  }
}
