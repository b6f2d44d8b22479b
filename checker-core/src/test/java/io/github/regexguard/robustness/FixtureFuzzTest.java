package io.github.regexguard.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParserConfiguration;
import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.engine.SourceParser;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the fixture files token by token (drop, duplicate, swap, and edit inside a string
 * literal) with a fixed seed and scans the mutants: every scan completes, and a mutant is at worst
 * a syntax error, never an internal failure.
 */
class FixtureFuzzTest {

  /**
   * Override to fuzz longer by hand, e.g. {@code -DargLine="-Dregexguard.fuzz.seed=7
   * -Dregexguard.fuzz.mutants=20000 -Dregexguard.fuzz.edits=6"}.
   */
  private static final long SEED = Long.getLong("regexguard.fuzz.seed", 0x5eed_2019L);
  private static final int MUTANTS = Integer.getInteger("regexguard.fuzz.mutants", 400);
  private static final int MAX_EDITS = Integer.getInteger("regexguard.fuzz.edits", 2);
  private static final int BATCH = 100;

  @TempDir
  Path root;

  @Test
  void mutatedFixturesNeverFailInternally() throws IOException {
    List<Source> sources = fixtureSources();
    assertFalse(sources.isEmpty(), "fixtures found");
    Random random = new Random(SEED);
    Map<String, String> mutations = new LinkedHashMap<>();
    int analysed = 0;
    for (int batch = 0; batch * BATCH < MUTANTS; batch++) {
      Path dir = Files.createDirectories(root.resolve("batch" + batch));
      for (int i = batch * BATCH; i < Math.min(MUTANTS, (batch + 1) * BATCH); i++) {
        Source source = sources.get(random.nextInt(sources.size()));
        StringBuilder described = new StringBuilder(source.name());
        String mutant = mutate(source.tokens(), random, 1 + random.nextInt(MAX_EDITS), described);
        String name = "Mutant" + i + ".java";
        Files.writeString(dir.resolve(name), mutant);
        mutations.put("batch" + batch + "/" + name, described.toString());
      }
      AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder(root).path(dir).threads(2).build());
      analysed += result.statistics().filesParsed() - result.errors().size();
      for (ProcessingError error : result.errors()) {
        assertTrue(error.message().startsWith("syntax error:"),
            () -> error.describe() + "\n  mutant of " + mutations.get(error.path()) + " (seed " + SEED + ")");
      }
    }
    assertTrue(analysed > MUTANTS / (4 * MAX_EDITS), "enough mutants still parse for the front ends to see them: " + analysed);
  }

  /** A fixture file as JavaParser's tokens (whitespace and comments included, so joining them gives the file back). */
  private record Source(String name, List<String> tokens) {}

  private static List<Source> fixtureSources() throws IOException {
    JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(SourceParser.LANGUAGE_LEVEL));
    List<Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Fixtures.sources())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        var unit = parser.parse(Files.readString(file)).getResult().orElseThrow();
        List<String> tokens = new ArrayList<>();
        for (JavaToken token : unit.getTokenRange().orElseThrow()) {
          tokens.add(token.getText());
        }
        sources.add(new Source(Fixtures.sources().relativize(file).toString(), tokens));
      }
    }
    return sources;
  }

  private static String mutate(List<String> original, Random random, int count, StringBuilder described) {
    List<String> tokens = new ArrayList<>(original);
    for (int m = 0; m < count; m++) {
      int i = significant(tokens, random);
      String token = tokens.get(i);
      switch (random.nextInt(8)) {
        case 0 -> {
          tokens.remove(i);
          described.append(", drop '").append(token).append('\'');
        }
        case 1 -> {
          tokens.add(i, token);
          described.append(", duplicate '").append(token).append('\'');
        }
        case 2 -> {
          int j = significant(tokens, random);
          swap(tokens, i, j, described);
        }
        case 3, 4, 5 -> {
          // tokens of one kind (names, strings, numbers): the mutant mostly still parses, and the
          // front ends meet odd but well-formed code such as Filters.regex(pattern, "email")
          int j = sameKind(tokens, i, random);
          swap(tokens, i, j, described);
        }
        default -> {
          int s = stringLiteral(tokens, random);
          String literal = tokens.get(s);
          tokens.set(s, editInside(literal, random));
          described.append(", edit ").append(literal).append(" to ").append(tokens.get(s));
        }
      }
    }
    return String.join("", tokens);
  }

  private static void swap(List<String> tokens, int i, int j, StringBuilder described) {
    String token = tokens.get(i);
    tokens.set(i, tokens.get(j));
    tokens.set(j, token);
    described.append(", swap '").append(token).append("' and '").append(tokens.get(i)).append('\'');
  }

  /** A random token of the same kind as token {@code i}, or {@code i} itself when there is none. */
  private static int sameKind(List<String> tokens, int i, Random random) {
    char kind = kind(tokens.get(i));
    List<Integer> same = new ArrayList<>();
    for (int j = 0; j < tokens.size(); j++) {
      if (kind(tokens.get(j)) == kind) {
        same.add(j);
      }
    }
    return same.get(random.nextInt(same.size()));
  }

  private static char kind(String token) {
    char first = token.isEmpty() ? ' ' : token.charAt(0);
    if (SourceVersion.isKeyword(token)) {
      return 'k';
    }
    if (Character.isJavaIdentifierStart(first)) {
      return 'n';
    }
    if (first == '"') {
      return 's';
    }
    return Character.isDigit(first) ? '0' : token.isBlank() ? ' ' : 'o';
  }

  /** A random token that is not whitespace. */
  private static int significant(List<String> tokens, Random random) {
    while (true) {
      int i = random.nextInt(tokens.size());
      if (!tokens.get(i).isBlank()) {
        return i;
      }
    }
  }

  /** A random string literal, or any token when the file has none. */
  private static int stringLiteral(List<String> tokens, Random random) {
    List<Integer> literals = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).startsWith("\"") && tokens.get(i).length() >= 2) {
        literals.add(i);
      }
    }
    return literals.isEmpty() ? significant(tokens, random) : literals.get(random.nextInt(literals.size()));
  }

  /** Drops, duplicates or inserts a regex or JSON metacharacter at a random place inside the literal's quotes. */
  private static String editInside(String literal, Random random) {
    if (literal.length() < 2) {
      return literal;
    }
    String inner = literal.substring(1, literal.length() - 1);
    int at = inner.isEmpty() ? 0 : random.nextInt(inner.length());
    String[] inserts = {"\\\\", "^", "$", "(", ")", "(?i)", "\\\\Q", "\\\\E", "|", "[", "{", "}", "%", "\\\"", "/", "*"};
    String edited = switch (random.nextInt(3)) {
      case 0 -> inner.isEmpty() ? inner : inner.substring(0, at) + inner.substring(at + 1);
      case 1 -> inner.isEmpty() ? inner : inner.substring(0, at + 1) + inner.substring(at);
      default -> inner.substring(0, at) + inserts[random.nextInt(inserts.length)] + inner.substring(at);
    };
    return "\"" + edited + "\"";
  }
}
