package io.github.regexguard.extract.json;

import io.github.regexguard.model.Operator;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternScanner;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.pattern.RegexFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonRegularExpression;
import org.bson.BsonValue;
import org.bson.json.JsonParseException;

/**
 * Finds regex and case-folded predicates in a MongoDB JSON filter such as
 * {@code { email: { $regex: '^x$', $options: 'i' } }} or {@code { email: /^x$/i }}. The JSON is parsed
 * with the BSON library's shell-mode reader; run-time parts of the text are replaced by
 * placeholders before parsing and restored in the patterns found.
 */
public final class MongoJsonFilter {

  private static final String HOLE = "__rg_hole_";

  /**
   * A predicate in the JSON.
   *
   * @param token the offending text ({@code $regex}, {@code /}, {@code $toLower}), to locate it in the source
   * @param offset where {@code token} starts in the JSON text (run-time parts count as placeholders)
   */
  public record Match(String field, Operator operator, PatternShape shape, String token, int offset) {}

  private final String text;
  private final List<PatternPart.Dynamic> holes = new ArrayList<>();
  private final List<Match> matches = new ArrayList<>();

  private MongoJsonFilter(PatternText json, Map<String, PatternPart.Dynamic> placeholders) {
    StringBuilder out = new StringBuilder();
    char quote = 0;
    for (PatternPart part : json.parts()) {
      if (part instanceof PatternPart.Literal literal) {
        quote = appendTrackingQuotes(out, literal.text(), quote);
      } else {
        String hole = HOLE + holes.size() + "__";
        holes.add((PatternPart.Dynamic) part);
        out.append(quote == 0 ? "\"" + hole + "\"" : hole);
      }
    }
    this.text = placeholders.isEmpty() ? out.toString() : replacePlaceholders(out.toString(), placeholders);
  }

  /**
   * Replaces each placeholder token by a hole: a quoted string where the token stands for a value
   * ({@code {email: ?0}}), the bare hole inside a string or a {@code /regex/} literal.
   */
  private String replacePlaceholders(String json, Map<String, PatternPart.Dynamic> placeholders) {
    List<String> tokens = placeholders.keySet().stream()
        .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    StringBuilder out = new StringBuilder();
    char quote = 0;
    boolean inRegex = false;
    char previous = 0;
    for (int i = 0; i < json.length(); i++) {
      String token = tokenAt(json, i, tokens);
      if (token != null) {
        String hole = HOLE + holes.size() + "__";
        holes.add(placeholders.get(token));
        out.append(quote == 0 && !inRegex ? "\"" + hole + "\"" : hole);
        i += token.length() - 1;
        previous = 'x';
        continue;
      }
      char c = json.charAt(i);
      out.append(c);
      if ((quote != 0 || inRegex) && c == '\\' && i + 1 < json.length()) {
        out.append(json.charAt(++i));
      } else if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (inRegex) {
        inRegex = c != '/';
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '/' && (previous == ':' || previous == '[' || previous == ',' || previous == '(')) {
        inRegex = true;
      }
      if (!Character.isWhitespace(c)) {
        previous = c;
      }
    }
    return out.toString();
  }

  private static String tokenAt(String json, int at, List<String> tokens) {
    for (String token : tokens) {
      int end = at + token.length();
      if (json.startsWith(token, at)
          && (end >= json.length() || !Character.isLetterOrDigit(json.charAt(end)) && json.charAt(end) != '_')) {
        return token;
      }
    }
    return null;
  }

  /** The predicates of {@code json}; empty when it is not a JSON document. */
  public static List<Match> analyze(PatternText json) {
    return analyze(json, Map.of());
  }

  /**
   * As {@link #analyze(PatternText)}, with placeholder tokens (such as Spring Data's {@code ?0} written
   * inside quotes) standing for run-time values.
   */
  public static List<Match> analyze(PatternText json, Map<String, PatternPart.Dynamic> placeholders) {
    MongoJsonFilter filter = new MongoJsonFilter(json, placeholders);
    BsonDocument document;
    try {
      document = BsonDocument.parse(filter.text);
    } catch (JsonParseException | IllegalArgumentException | org.bson.BSONException e) {
      return List.of();
    }
    filter.visitFilter(document, 0);
    return filter.matches;
  }

  private void visitFilter(BsonDocument filter, int from) {
    for (Map.Entry<String, BsonValue> entry : filter.entrySet()) {
      String key = entry.getKey();
      BsonValue value = entry.getValue();
      if (key.equals("$and") || key.equals("$or") || key.equals("$nor")) {
        if (value.isArray()) {
          for (BsonValue clause : value.asArray()) {
            if (clause.isDocument()) {
              visitFilter(clause.asDocument(), from);
            }
          }
        }
      } else if (key.equals("$expr")) {
        visitExpression(value);
      } else if (!key.startsWith("$")) {
        visitField(key, value);
      }
    }
  }

  private void visitField(String field, BsonValue value) {
    int keyAt = Math.max(0, text.indexOf(field));
    if (value.isRegularExpression()) {
      addRegex(field, value.asRegularExpression().getPattern(), value.asRegularExpression().getOptions(),
          "/", offsetOf("/", keyAt));
      return;
    }
    if (!value.isDocument()) {
      return;
    }
    BsonDocument operators = value.asDocument();
    BsonValue regex = operators.get("$regex");
    if (regex != null) {
      String options = operators.containsKey("$options") && operators.get("$options").isString()
          ? operators.getString("$options").getValue() : "";
      if (regex.isString()) {
        addRegex(field, regex.asString().getValue(), options, "$regex", offsetOf("$regex", keyAt));
      } else if (regex.isRegularExpression()) {
        BsonRegularExpression r = regex.asRegularExpression();
        addRegex(field, r.getPattern(), r.getOptions() + options, "$regex", offsetOf("$regex", keyAt));
      }
    }
    BsonValue not = operators.get("$not");
    if (not != null) {
      visitField(field, not);
    }
    for (String list : List.of("$in", "$nin", "$all")) {
      BsonValue values = operators.get(list);
      if (values instanceof BsonArray array) {
        for (BsonValue element : array) {
          if (element.isRegularExpression()) {
            addRegex(field, element.asRegularExpression().getPattern(),
                element.asRegularExpression().getOptions(), list, offsetOf(list, keyAt));
          }
        }
      }
    }
  }

  /** {@code $toLower}/{@code $toUpper} of a field path inside {@code $expr}: a case-folded comparison. */
  private void visitExpression(BsonValue value) {
    if (value.isDocument()) {
      for (Map.Entry<String, BsonValue> entry : value.asDocument().entrySet()) {
        String op = entry.getKey();
        if ((op.equals("$toLower") || op.equals("$toUpper")) && entry.getValue().isString()
            && entry.getValue().asString().getValue().startsWith("$")) {
          String field = entry.getValue().asString().getValue().substring(1);
          PatternText unknown = PatternText.dynamic("value", true);
          PatternShape shape = new PatternShape(io.github.regexguard.model.Anchoring.EXACT, unknown,
              java.util.Optional.of(unknown), true, false, false, List.of(),
              PatternText.literal("{" + op + ": \"$" + field + "\"}"));
          matches.add(new Match(field, Operator.EQ_CASE_FOLDED, shape, op, offsetOf(op, 0)));
        } else {
          visitExpression(entry.getValue());
        }
      }
    } else if (value.isArray()) {
      value.asArray().forEach(this::visitExpression);
    }
  }

  private void addRegex(String field, String pattern, String options, String token, int offset) {
    PatternShape shape = PatternScanner.scanRegex(restoreHoles(pattern), RegexFlags.fromOptions(options));
    matches.add(new Match(field, Operator.REGEX, shape, token, offset));
  }

  private PatternText restoreHoles(String value) {
    List<PatternPart> parts = new ArrayList<>();
    int at = 0;
    while (true) {
      int start = value.indexOf(HOLE, at);
      if (start < 0) {
        break;
      }
      int end = value.indexOf("__", start + HOLE.length());
      if (end < 0) {
        break;
      }
      parts.add(new PatternPart.Literal(value.substring(at, start)));
      int index = Integer.parseInt(value.substring(start + HOLE.length(), end));
      parts.add(holes.get(index));
      at = end + 2;
    }
    parts.add(new PatternPart.Literal(value.substring(at)));
    return new PatternText(parts);
  }

  private int offsetOf(String token, int from) {
    int at = text.indexOf(token, from);
    return at >= 0 ? at : from;
  }

  private static char appendTrackingQuotes(StringBuilder out, String literal, char quote) {
    char q = quote;
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      out.append(c);
      if (q != 0 && c == '\\' && i + 1 < literal.length()) {
        out.append(literal.charAt(++i));
      } else if (q == 0 && (c == '"' || c == '\'')) {
        q = c;
      } else if (c == q) {
        q = 0;
      }
    }
    return q;
  }
}
