package io.github.regexguard.testing;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Java sources that are hard on an analyzer, generated at test time (nothing large is committed).
 * Every generated query is {@code Filters.regex("email", …, "i")} on a line of its own, so a test
 * can find the line a finding belongs on with {@link #lineOf}.
 */
public final class HostileSources {

  /** The imports every generated file starts with; they make the MongoDB front end look at the file. */
  public static final String HEADER = """
      import com.mongodb.client.MongoCollection;
      import com.mongodb.client.model.Filters;
      import java.util.function.Supplier;
      import org.bson.Document;
      import org.bson.conversions.Bson;

      """;

  /** A well-formed file with one known case-insensitive equality on {@code email}. */
  public static final String GOOD = HEADER + """
      class Good {
        Document find(MongoCollection<Document> users, String email) {
          return users.find(
              Filters.regex("email", "^" + email + "$", "i")).first();
        }
      }
      """;

  private HostileSources() {}

  /** The 1-based line of the first occurrence of {@code needle}. */
  public static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException("no " + needle);
    }
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column of the first occurrence of {@code needle} on its line. */
  public static int columnOf(String text, String needle) {
    int at = text.indexOf(needle);
    return at - text.lastIndexOf('\n', at - 1);
  }

  /** {@code Filters.regex("email", ((((…"^a"…)))), "i")}. */
  public static String nestedParentheses(int depth) {
    StringBuilder out = new StringBuilder(HEADER).append("class Parens {\n  Bson q() {\n    return\n");
    out.append("        Filters.regex(\"email\", ");
    out.append("(".repeat(depth)).append("\"^a\"").append(")".repeat(depth));
    return out.append(", \"i\");\n  }\n}\n").toString();
  }

  /** A query inside {@code depth} nested blocks. */
  public static String nestedBlocks(int depth) {
    StringBuilder out = new StringBuilder(HEADER).append("class Blocks {\n  void q() {\n");
    out.append("{".repeat(depth)).append('\n');
    out.append("        Filters.regex(\"email\", \"^a\", \"i\");\n");
    out.append("}".repeat(depth));
    return out.append("\n  }\n}\n").toString();
  }

  /** A query inside {@code depth} nested lambdas. */
  public static String nestedLambdas(int depth) {
    StringBuilder out = new StringBuilder(HEADER).append("class Lambdas {\n  Object q = \n");
    out.append("(Supplier<Object>) () -> ".repeat(depth)).append('\n');
    out.append("        Filters.regex(\"email\", \"^a\", \"i\");\n");
    return out.append("}\n").toString();
  }

  /** A query at the bottom of a {@code length}-call fluent chain. */
  public static String longCallChain(int length) {
    StringBuilder out = new StringBuilder(HEADER).append("class Chain {\n  Object q =\n");
    out.append("        Filters.regex(\"email\", \"^a\", \"i\")\n");
    out.append(".toString().trim()".repeat(length));
    return out.append(";\n}\n").toString();
  }

  /** {@code "^a" + ("b" + ("c" + …))}: nesting the folder cannot flatten. */
  public static String rightNestedConcatenation(int depth) {
    StringBuilder out = new StringBuilder(HEADER).append("class RightNested {\n  Bson q() {\n    return\n");
    out.append("        Filters.regex(\"email\", \"^a\"");
    out.append(" + (\"b\"".repeat(depth)).append(")".repeat(depth));
    return out.append(", \"i\");\n  }\n}\n").toString();
  }

  /** {@code "^a" + "b" + "b" + …} with {@code terms} terms, constant or all run-time values. */
  public static String longConcatenation(int terms, boolean dynamic) {
    StringBuilder out = new StringBuilder(HEADER).append("class Concatenation {\n  Bson q(String x) {\n    return\n");
    out.append("        Filters.regex(\"email\", \"^a\"");
    out.append((dynamic ? " + x" : " + \"b\"").repeat(terms - 1));
    return out.append(", \"i\");\n  }\n}\n").toString();
  }

  /** {@code Document.parse} of a JSON filter whose regex sits {@code depth} {@code $and} clauses deep. */
  public static String deepJsonFilter(int depth) {
    StringBuilder json = new StringBuilder();
    json.append("{\\\"$and\\\": [".repeat(depth)).append("{\\\"email\\\": {\\\"$regex\\\": \\\"^a\\\", \\\"$options\\\": \\\"i\\\"}}");
    json.append("]}".repeat(depth));
    return HEADER + "class DeepJson {\n  Document q =\n        Document.parse(\"" + json + "\");\n}\n";
  }

  /** An ordinary class of about {@code bytes} characters with the query in its last method. */
  public static String largeFile(long bytes) {
    StringBuilder out = new StringBuilder(HEADER).append("class Large {\n");
    for (int i = 0; out.length() < bytes; i++) {
      out.append("  /** Method ").append(i).append(" does ordinary work. */\n")
          .append("  java.util.List<String> method").append(i).append("(java.util.Map<String, Integer> counts, String name) {\n")
          .append("    java.util.List<String> out = new java.util.ArrayList<>();\n")
          .append("    for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {\n")
          .append("      if (e.getValue() > ").append(i % 97).append(" && e.getKey().startsWith(name)) {\n")
          .append("        out.add(e.getKey() + \":\" + e.getValue());\n")
          .append("      }\n    }\n    return out;\n  }\n\n");
    }
    out.append("  Bson q() {\n    return\n        Filters.regex(\"email\", \"^a\", \"i\");\n  }\n}\n");
    return out.toString();
  }

  /** Bytes that are not text: random, with NUL bytes and the prefilter's trigger words mixed in. */
  public static byte[] binary(long seed, int length) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    byte[] trigger = "com.mongodb org.bson Filters.regex".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(trigger, 0, bytes, length / 2, trigger.length);
    bytes[3] = 0;
    return bytes;
  }
}
