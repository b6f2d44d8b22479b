package io.github.regexguard.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import java.util.Optional;

/**
 * Parses Java source with an explicit language level (Java 21: records, sealed types, text blocks,
 * pattern-matching {@code switch}) and no symbol resolution. One instance per thread.
 */
public final class SourceParser {

  public static final LanguageLevel LANGUAGE_LEVEL = LanguageLevel.JAVA_21;

  private final JavaParser parser;

  public SourceParser() {
    ParserConfiguration configuration = new ParserConfiguration()
        .setLanguageLevel(LANGUAGE_LEVEL)
        .setAttributeComments(false)
        .setLexicalPreservationEnabled(false);
    parser = new JavaParser(configuration);
  }

  /** The parsed unit, or the first problem with its line. */
  public Parsed parse(String text) {
    ParseResult<CompilationUnit> result = parser.parse(text);
    if (result.isSuccessful() && result.getResult().isPresent()) {
      return new Parsed(result.getResult(), 0, "");
    }
    Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
    int line = first == null ? 1 : first.getLocation()
        .flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
    String message = first == null ? "cannot parse" : firstLine(first.getMessage());
    return new Parsed(Optional.empty(), line, "syntax error: " + message);
  }

  /** A parsed unit, or where and why parsing failed. */
  public record Parsed(Optional<CompilationUnit> unit, int errorLine, String errorMessage) {}

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    return first.length() > 200 ? first.substring(0, 200) + "…" : first;
  }
}
