package io.github.regexguard.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionFolderTest {

  /** The argument of {@code use(...)} in {@code body}, folded and displayed. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      use("^" + "a" + 'b');                                        | ^ab
      use(String.format("^%s$", Pattern.quote(x)));                | ^\\Q${x}\\E$
      use(String.format(Locale.ROOT, "^%s", x));                   | ^${x}
      use("^%2$s-%1$s".formatted(a, b));                           | ^${b}-${a}
      use("100%% ^%s".formatted("z"));                             | 100% ^z
      String p = "^" + x; use(p);                                  | ^${x}
      String p = "^"; p = p + x; use(p);                           | ${p}
      use(PREFIX + x);                                             | ^${x}
      use(Pattern.quote("a.b"));                                   | \\Qa.b\\E
      use("a".concat(x));                                          | a${x}
      use(x.toLowerCase());                                        | ${x.toLowerCase()}
      use(((String) ("^" + x)));                                   | ^${x}
      """)
  void folds(String body, String expected) {
    String source = "import java.util.*; import java.util.regex.Pattern;\n"
        + "class T { static final String PREFIX = \"^\";\n void m(String x, String a, String b) { " + body + " } }";
    CompilationUnit unit = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source).getResult().orElseThrow();
    MethodCallExpr use = unit.findAll(MethodCallExpr.class).stream()
        .filter(c -> c.getNameAsString().equals("use")).findFirst().orElseThrow();
    assertEquals(expected, new ExpressionFolder(ConstantSource.NONE).fold(use.getArgument(0)).display());
  }
}
