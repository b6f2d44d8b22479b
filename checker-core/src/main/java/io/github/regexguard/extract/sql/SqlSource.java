package io.github.regexguard.extract.sql;

import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SQL, JPQL or HQL text as the code builds it, prepared for JSqlParser: run-time parts become
 * placeholder identifiers, MyBatis {@code #{x}} becomes {@code :x}, Spring Data's {@code like %:q%}
 * becomes a concatenation, and an HQL query that starts with {@code from} gets a {@code select *}.
 * Every offset of the prepared text maps back to the original text.
 */
public final class SqlSource {

  private static final String PLACEHOLDER = "rg_dyn_";

  private final String original;
  private final String parseText;
  private final int[] origin;
  private final Map<String, PatternPart.Dynamic> placeholders;

  private SqlSource(String original, String parseText, int[] origin, Map<String, PatternPart.Dynamic> placeholders) {
    this.original = original;
    this.parseText = parseText;
    this.origin = origin;
    this.placeholders = placeholders;
  }

  /** Plain SQL text, for tests and for strings without run-time parts. */
  public static SqlSource of(String sql) {
    return of(PatternText.literal(sql));
  }

  /** The text folded from the code, run-time values as placeholders. */
  public static SqlSource of(PatternText text) {
    StringBuilder original = new StringBuilder();
    Map<String, PatternPart.Dynamic> placeholders = new LinkedHashMap<>();
    for (PatternPart part : text.parts()) {
      if (part instanceof PatternPart.Literal literal) {
        original.append(literal.text());
      } else {
        String name = PLACEHOLDER + placeholders.size() + "_";
        placeholders.put(name, (PatternPart.Dynamic) part);
        original.append(name);
      }
    }
    return new Preparer(original.toString(), placeholders).prepare();
  }

  /** The text as the code builds it, run-time values shown as placeholders. */
  public String original() {
    return original;
  }

  /** The text handed to the parser. */
  public String parseText() {
    return parseText;
  }

  /** Whether the text starts like a query or a statement that can hold a predicate. */
  public boolean looksLikeSql() {
    String head = firstWord(parseText);
    return head.equals("select") || head.equals("with") || head.equals("update") || head.equals("delete")
        || head.equals("insert");
  }

  /** The offset in {@link #original()} of the prepared text's character at {@code parseOffset}. */
  public int originalOffset(int parseOffset) {
    if (parseOffset < 0 || origin.length == 0) {
      return 0;
    }
    for (int i = Math.min(parseOffset, origin.length - 1); i < origin.length; i++) {
      if (origin[i] >= 0) {
        return origin[i];
      }
    }
    return 0;
  }

  /** The run-time value a placeholder identifier stands for. */
  public Optional<PatternPart.Dynamic> placeholder(String identifier) {
    return Optional.ofNullable(placeholders.get(identifier));
  }

  /** Text of the prepared query for messages: each placeholder shown as {@code ${expression}}. */
  public String display(String text) {
    String shown = text;
    for (Map.Entry<String, PatternPart.Dynamic> entry : placeholders.entrySet()) {
      shown = shown.replace(entry.getKey(), "${" + entry.getValue().source() + "}");
    }
    return shown;
  }

  /** Splits text that may contain placeholders into literal and run-time parts. */
  public PatternText withPlaceholders(String text) {
    List<PatternPart> parts = new ArrayList<>();
    int from = 0;
    int at = text.indexOf(PLACEHOLDER);
    while (at >= 0) {
      int end = text.indexOf('_', at + PLACEHOLDER.length());
      String name = end < 0 ? "" : text.substring(at, end + 1);
      PatternPart.Dynamic dynamic = placeholders.get(name);
      if (dynamic == null) {
        break;
      }
      parts.add(new PatternPart.Literal(text.substring(from, at)));
      parts.add(dynamic);
      from = end + 1;
      at = text.indexOf(PLACEHOLDER, from);
    }
    parts.add(new PatternPart.Literal(text.substring(from)));
    return new PatternText(parts);
  }

  private static String firstWord(String text) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '(') {
        i++;
      } else if (text.startsWith("--", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end + 1;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 2;
      } else {
        break;
      }
    }
    int start = i;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(start, i).toLowerCase(Locale.ROOT);
  }

  /** One pass over the original text that writes the prepared text and its offset map. */
  private static final class Preparer {
    private final String text;
    private final Map<String, PatternPart.Dynamic> placeholders;
    private final StringBuilder out = new StringBuilder();
    private final List<Integer> origin = new ArrayList<>();
    private int pos;

    Preparer(String text, Map<String, PatternPart.Dynamic> placeholders) {
      this.text = text;
      this.placeholders = placeholders;
    }

    SqlSource prepare() {
      if (firstWord(text).equals("from")) {
        insert("select * ");
      }
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '\'') {
          quoted();
        } else if (c == '#' && at(pos + 1) == '{') {
          myBatisParameter();
        } else if (c == '$' && at(pos + 1) == '{') {
          myBatisSubstitution();
        } else if (c == '%' && isParameterStart(pos + 1)) {
          springLike();
        } else if (isParameterStart(pos) && at(parameterEnd(pos)) == '%') {
          springLikePrefix();
        } else {
          copy(1);
        }
      }
      int[] map = origin.stream().mapToInt(Integer::intValue).toArray();
      return new SqlSource(text, out.toString(), map, placeholders);
    }

    private void quoted() {
      int end = pos + 1;
      while (end < text.length()) {
        if (text.charAt(end) == '\'') {
          if (at(end + 1) == '\'') {
            end += 2;
            continue;
          }
          break;
        }
        end++;
      }
      int stop = Math.min(end + 1, text.length());
      while (pos < stop) {
        if (text.charAt(pos) == '$' && at(pos + 1) == '{') {
          myBatisSubstitution();
        } else {
          copy(1);
        }
      }
    }

    /** {@code #{email, jdbcType=VARCHAR}} is a bound parameter: {@code :email}. */
    private void myBatisParameter() {
      int end = text.indexOf('}', pos);
      if (end < 0) {
        copy(text.length() - pos);
        return;
      }
      String inner = text.substring(pos + 2, end);
      int comma = inner.indexOf(',');
      String name = (comma < 0 ? inner : inner.substring(0, comma)).trim().replace('.', '_');
      replace(":" + (name.isEmpty() ? "p" : name), end + 1 - pos);
    }

    /** {@code ${column}} is spliced into the text as is: a run-time part. */
    private void myBatisSubstitution() {
      int end = text.indexOf('}', pos);
      if (end < 0) {
        copy(text.length() - pos);
        return;
      }
      String name = PLACEHOLDER + placeholders.size() + "_";
      placeholders.put(name, new PatternPart.Dynamic(text.substring(pos + 2, end).trim(), false));
      replace(name, end + 1 - pos);
    }

    /** Spring Data JPA's {@code like %:q%}, {@code like :q%}, {@code like %?1}. */
    private void springLike() {
      int start = pos;
      int paramEnd = parameterEnd(pos + 1);
      boolean trailing = at(paramEnd) == '%';
      String parameter = text.substring(pos + 1, paramEnd);
      String replacement = "('%' || " + parameter + (trailing ? " || '%')" : ")");
      replace(replacement, paramEnd + (trailing ? 1 : 0) - start);
    }

    /** Spring Data JPA's {@code like :q%}. */
    private void springLikePrefix() {
      int paramEnd = parameterEnd(pos);
      replace("(" + text.substring(pos, paramEnd) + " || '%')", paramEnd + 1 - pos);
    }

    private boolean isParameterStart(int i) {
      char c = (char) at(i);
      return (c == ':' || c == '?') && parameterEnd(i) > i + 1;
    }

    private int parameterEnd(int i) {
      int end = i + 1;
      while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
        end++;
      }
      return end;
    }

    private int at(int i) {
      return i < text.length() ? text.charAt(i) : -1;
    }

    private void copy(int count) {
      for (int i = 0; i < count && pos < text.length(); i++) {
        out.append(text.charAt(pos));
        origin.add(pos);
        pos++;
      }
    }

    private void insert(String s) {
      for (int i = 0; i < s.length(); i++) {
        out.append(s.charAt(i));
        origin.add(-1);
      }
    }

    private void replace(String s, int consumed) {
      for (int i = 0; i < s.length(); i++) {
        out.append(s.charAt(i));
        origin.add(i == 0 ? pos : -1);
      }
      pos += consumed;
    }
  }
}
