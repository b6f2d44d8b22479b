package io.github.regexguard.extract.sql;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.pattern.PatternText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameter values bound in the same method as a statement: {@code ps.setString(1, v)},
 * {@code query.setParameter("q", v)}, {@code .param("q", v)}, {@code .bind("q", v)},
 * {@code new MapSqlParameterSource("q", v)}, {@code .addValue("q", v)}, {@code Map.of("q", v)},
 * and the trailing arguments of {@code jdbcTemplate.query(sql, mapper, v1, v2)}.
 */
final class SqlBindings implements SqlParameters {

  private static final Set<String> KEYED = Set.of("setString", "setNString", "setObject", "setParameter", "param",
      "bind", "addValue");

  private final Map<Integer, Expression> positional = new HashMap<>();
  private final Map<String, Expression> named = new HashMap<>();
  private final ExpressionFolder folder;

  private SqlBindings(ExpressionFolder folder) {
    this.folder = folder;
  }

  /**
   * @param call the call that receives the SQL, or empty for an annotation
   * @param placeholders how many {@code ?} parameters the SQL has
   */
  static SqlParameters around(Node site, Optional<MethodCallExpr> call, int placeholders, ExpressionFolder folder) {
    SqlBindings bindings = new SqlBindings(folder);
    Optional<Node> callable = site.findAncestor(n -> n instanceof CallableDeclaration<?> || n instanceof LambdaExpr,
        Node.class);
    callable.ifPresent(c -> c.findAll(MethodCallExpr.class).forEach(bindings::keyed));
    callable.ifPresent(c -> c.findAll(ObjectCreationExpr.class).forEach(bindings::parameterSource));
    call.ifPresent(c -> bindings.trailing(c, placeholders));
    return bindings;
  }

  @Override
  public Optional<PatternText> positional(int index) {
    return Optional.ofNullable(positional.get(index)).map(folder::fold);
  }

  @Override
  public Optional<PatternText> named(String name) {
    return Optional.ofNullable(named.get(name)).map(folder::fold);
  }

  private void keyed(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (name.equals("of") && call.getScope().map(s -> s.toString().equals("Map")).orElse(false)) {
      for (int i = 0; i + 1 < call.getArguments().size(); i += 2) {
        key(call.getArgument(i), call.getArgument(i + 1), false);
      }
      return;
    }
    if (!KEYED.contains(name) || call.getArguments().size() < 2) {
      return;
    }
    key(call.getArgument(0), call.getArgument(1), name.equals("bind"));
  }

  private void parameterSource(ObjectCreationExpr creation) {
    if (creation.getType().getNameAsString().equals("MapSqlParameterSource") && creation.getArguments().size() == 2) {
      key(creation.getArgument(0), creation.getArgument(1), false);
    }
  }

  private void key(Expression key, Expression value, boolean zeroBased) {
    if (key instanceof IntegerLiteralExpr literal) {
      try {
        positional.putIfAbsent(Integer.parseInt(literal.getValue()) + (zeroBased ? 1 : 0), value);
      } catch (NumberFormatException e) {
        // not a plain index
      }
      return;
    }
    folder.constantString(key).ifPresent(k -> named.putIfAbsent(k.startsWith(":") ? k.substring(1) : k, value));
  }

  /** {@code jdbcTemplate.query(sql, mapper, a, b)}: the last arguments are the values of the {@code ?}s. */
  private void trailing(MethodCallExpr call, int placeholders) {
    List<Expression> args = call.getArguments();
    if (placeholders == 0 || args.size() < 2) {
      return;
    }
    Expression last = args.get(args.size() - 1);
    if (last instanceof ArrayCreationExpr array && array.getInitializer().isPresent()) {
      List<Expression> values = array.getInitializer().get().getValues();
      if (values.size() == placeholders) {
        for (int i = 0; i < values.size(); i++) {
          positional.putIfAbsent(i + 1, values.get(i));
        }
      }
      return;
    }
    if (args.size() - 1 >= placeholders) {
      List<Expression> values = args.subList(args.size() - placeholders, args.size());
      for (int i = 0; i < values.size(); i++) {
        positional.putIfAbsent(i + 1, values.get(i));
      }
    }
  }

  /** The number of {@code ?} parameters outside quoted text. */
  static int placeholders(String sql) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == '?' && !quoted && (i + 1 >= sql.length() || !Character.isDigit(sql.charAt(i + 1)))) {
        count++;
      }
    }
    return count;
  }
}
