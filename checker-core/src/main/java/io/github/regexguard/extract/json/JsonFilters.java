package io.github.regexguard.extract.json;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.StringLocator;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.RewriteRenderer;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternText;
import java.util.Map;
import java.util.function.Function;

/**
 * Emits the predicates of a MongoDB JSON filter written in Java code ({@code BasicQuery}, a
 * repository {@code @Query}, Jongo, Panache native queries), each located at its offending text.
 */
public final class JsonFilters {

  private JsonFilters() {}

  /**
   * @param json the expression holding the JSON text
   * @param placeholders placeholder tokens of the API ({@code ?0}, {@code :name}, {@code #}) and the values bound to them
   * @param owner the call, constructor or method that sends the filter
   * @param renderer the rewrite renderer for a field name
   */
  public static void emit(Expression json, Map<String, PatternPart.Dynamic> placeholders, Node owner,
      ExtractionContext context, String frontEnd, Function<String, RewriteRenderer> renderer) {
    Expression source = context.folder().resolve(json).orElse(json);
    boolean sameFile = source.findCompilationUnit().equals(json.findCompilationUnit());
    PatternText text = context.folder().fold(json);
    for (MongoJsonFilter.Match match : MongoJsonFilter.analyze(text, placeholders)) {
      SourceRange at = StringLocator.locate(sameFile ? source : json, match.token(), match.offset());
      context.emit(new QueryPredicate(Store.MONGO, FieldRef.named("\"" + match.field() + "\"", match.field()),
          match.operator(), match.shape(), at, ExtractionContext.rangeOf(owner),
          ExtractionContext.normalisedCode(owner), frontEnd, renderer.apply(match.field())));
    }
  }
}
