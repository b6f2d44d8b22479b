package io.github.regexguard.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.Provider;
import com.github.javaparser.ast.CompilationUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Java source with the grammar of Java 25 (records, sealed types, pattern matching, unnamed
 * variables, module imports, flexible constructor bodies) and no symbol resolution. One instance
 * per thread.
 *
 * <p>JavaParser's processing after the grammar is left out. Its semantic validation only reports
 * code that javac would reject (a class extending two classes, {@code _} as a name before Java 22),
 * regexguard reads code that compiles, and the validation costs about 40 % of the parse. Its one
 * post-processing step turns the type {@code var} into a {@code VarType} with another walk over
 * the tree; regexguard reads {@code var} as the type name it is written as.
 */
public final class SourceParser {

  public static final LanguageLevel LANGUAGE_LEVEL = LanguageLevel.JAVA_25;

  /** JavaParser's lexical errors carry their position only in the message (regexguard's own text, not scanned code). */
  private static final Pattern LEXICAL_POSITION = Pattern.compile("^Lexical error at line (\\d+), column (\\d+)\\.");

  private final JavaParser parser;

  public SourceParser() {
    ParserConfiguration configuration = new ParserConfiguration()
        .setLanguageLevel(LANGUAGE_LEVEL)
        .setAttributeComments(false)
        .setLexicalPreservationEnabled(false);
    configuration.getProcessors().clear();
    parser = new JavaParser(configuration);
  }

  /** The parsed unit, or the first problem with its line. */
  public Parsed parse(String text) {
    ParseResult<CompilationUnit> result = parser.parse(ParseStart.COMPILATION_UNIT, new CancellableProvider(text));
    Cancellation.checkpoint();
    if (result.isSuccessful() && result.getResult().isPresent()) {
      return new Parsed(result.getResult(), 0, "");
    }
    Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
    if (first == null) {
      return new Parsed(Optional.empty(), 1, "syntax error: cannot parse");
    }
    Matcher lexical = LEXICAL_POSITION.matcher(first.getMessage());
    int line = first.getLocation()
        .flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line)
        .orElseGet(() -> lexical.find() ? Integer.parseInt(lexical.group(1)) : 1);
    return new Parsed(Optional.empty(), line, "syntax error: " + describe(first.getMessage()));
  }

  /** A parsed unit, or where and why parsing failed. */
  public record Parsed(Optional<CompilationUnit> unit, int errorLine, String errorMessage) {}

  private static String describe(String message) {
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    return first.length() > 200 ? first.substring(0, 200) + "…" : first;
  }

  /** Feeds the text to the parser and gives up when the file's analysis is cancelled. */
  private static final class CancellableProvider implements Provider {
    private final String text;
    private int position;

    CancellableProvider(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      Cancellation.checkpoint();
      if (position >= text.length()) {
        return -1;
      }
      int count = Math.min(length, text.length() - position);
      text.getChars(position, position + count, buffer, offset);
      position += count;
      return count;
    }

    @Override
    public void close() {}
  }
}
