package io.github.regexguard.extract.mongojack;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.regexguard.extract.ApiCalls;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.RegexValue;
import io.github.regexguard.extract.mongo.TemplateRewrites;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.Store;
import java.util.List;
import java.util.Optional;

/**
 * MongoJack 2.x queries: {@code DBQuery.regex(f, Pattern)} and a {@code Pattern} passed to
 * {@code DBQuery.is}/{@code in}, alone or chained ({@code DBQuery.is("a", 1).regex("email", p)}).
 * MongoJack 3 and later use the driver's {@code Filters}, which the driver front end reads.
 */
public final class MongoJackFrontEnd implements FrontEnd {

  private static final String DBQUERY = "org.mongojack.DBQuery";
  private static final List<String> METHODS = List.of("regex", "is", "in");

  @Override
  public String id() {
    return "mongojack";
  }

  @Override
  public List<String> triggers() {
    return List.of("org.mongojack");
  }

  @Override
  public void onCall(MethodCallExpr call, ExtractionContext context) {
    if (!METHODS.contains(call.getNameAsString()) || call.getArguments().size() < 2 || !startsAtDbQuery(call, context)) {
      return;
    }
    Optional<String> field = context.folder().constantString(call.getArgument(0));
    for (Expression value : call.getArguments().subList(1, call.getArguments().size())) {
      Optional<RegexValue> regex = RegexValue.of(value, context.folder());
      if (regex.isPresent()) {
        String f = call.getArgument(0).toString();
        context.emit(new QueryPredicate(Store.MONGO, new FieldRef(f, field, Optional.empty()), Operator.REGEX,
            regex.get().shape(), ExtractionContext.rangeOf(call.getName()), ExtractionContext.rangeOf(call),
            ExtractionContext.normalisedCode(call), id(),
            new TemplateRewrites("DBQuery.is(" + f + ", {})", "DBQuery.regex(" + f + ", Pattern.compile({}))",
                "{} with a collation the index shares (strength 2), through the driver's find(…).collation(…)")));
        return;
      }
    }
  }

  private static boolean startsAtDbQuery(MethodCallExpr call, ExtractionContext context) {
    MethodCallExpr current = call;
    for (int depth = 0; depth < 64; depth++) {
      if (ApiCalls.isStaticCall(current, DBQUERY, context.imports())) {
        return true;
      }
      if (current.getScope().isPresent() && current.getScope().get() instanceof MethodCallExpr previous) {
        current = previous;
      } else {
        return false;
      }
    }
    return false;
  }
}
