package io.github.regexguard.extract.sql;

import io.github.regexguard.model.Anchoring;
import io.github.regexguard.model.Operator;
import io.github.regexguard.pattern.LikeShapes;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternScanner;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.pattern.RegexFlags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperatorType;
import net.sf.jsqlparser.expression.operators.relational.SimilarToExpression;
import net.sf.jsqlparser.parser.ASTNodeAccess;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Finds the predicates that defeat an index in the conditions ({@code WHERE}, {@code ON},
 * {@code HAVING}) of a parsed statement, subqueries included. Projections are not conditions: a
 * {@code select lower(email)} is left alone.
 */
public final class SqlPredicates {

  private static final Set<String> LOWER = Set.of("lower", "lcase");
  private static final Set<String> UPPER = Set.of("upper", "ucase");
  private static final int MAX_DEPTH = 64;

  private final SqlSource source;
  private final SqlParameters parameters;
  private final List<SqlMatch> matches = new ArrayList<>();

  private SqlPredicates(SqlSource source, SqlParameters parameters) {
    this.source = source;
    this.parameters = parameters;
  }

  /** The predicates of {@code source}; empty when it is not SQL JSqlParser can read. */
  public static List<SqlMatch> find(SqlSource source, SqlParameters parameters) {
    if (!source.looksLikeSql()) {
      return List.of();
    }
    Optional<Statement> statement = SqlParsing.parse(source.parseText());
    if (statement.isEmpty()) {
      return List.of();
    }
    SqlPredicates finder = new SqlPredicates(source, parameters);
    try {
      finder.statement(statement.get());
    } catch (RuntimeException | StackOverflowError e) {
      return List.of();
    }
    finder.matches.sort(java.util.Comparator.comparingInt(SqlMatch::offset));
    return List.copyOf(finder.matches);
  }

  private void statement(Statement statement) {
    if (statement instanceof Select select) {
      select(select, Scope.EMPTY, 0);
    } else if (statement instanceof Update update) {
      Scope scope = Scope.EMPTY.with(update.getTable());
      if (update.getFromItem() != null) {
        scope = scope.with(update.getFromItem());
      }
      conditions(update.getWhere(), scope, 0);
    } else if (statement instanceof Delete delete) {
      conditions(delete.getWhere(), Scope.EMPTY.with(delete.getTable()), 0);
    } else if (statement instanceof Insert insert && insert.getSelect() != null) {
      select(insert.getSelect(), Scope.EMPTY, 0);
    }
  }

  private void select(Select select, Scope outer, int depth) {
    if (select == null || depth > MAX_DEPTH) {
      return;
    }
    if (select.getWithItemsList() != null) {
      for (WithItem<?> with : select.getWithItemsList()) {
        if (with.getSelect() != null) {
          select(with.getSelect(), outer, depth + 1);
        }
      }
    }
    if (select instanceof ParenthesedSelect parenthesed) {
      select(parenthesed.getSelect(), outer, depth + 1);
    } else if (select instanceof SetOperationList set) {
      set.getSelects().forEach(s -> select(s, outer, depth + 1));
    } else if (select instanceof PlainSelect plain) {
      plainSelect(plain, outer, depth);
    }
  }

  private void plainSelect(PlainSelect plain, Scope outer, int depth) {
    Scope scope = outer.inner();
    List<FromItem> items = new ArrayList<>();
    if (plain.getFromItem() != null) {
      items.add(plain.getFromItem());
    }
    if (plain.getJoins() != null) {
      plain.getJoins().forEach(j -> items.add(j.getFromItem()));
    }
    for (FromItem item : items) {
      scope = scope.with(item);
      if (item instanceof Select sub) {
        select(sub, outer, depth + 1);
      }
    }
    conditions(plain.getWhere(), scope, depth);
    conditions(plain.getHaving(), scope, depth);
    if (plain.getJoins() != null) {
      for (Join join : plain.getJoins()) {
        for (Expression on : join.getOnExpressions()) {
          conditions(on, scope, depth);
        }
      }
    }
  }

  private void conditions(Expression condition, Scope scope, int depth) {
    if (condition != null) {
      condition.accept(new ConditionVisitor(scope, depth), null);
    }
  }

  /** Visits every node of a condition and reports the predicates regexguard knows. */
  private final class ConditionVisitor extends ExpressionVisitorAdapter<Void> {
    private final Scope scope;
    private final int depth;

    ConditionVisitor(Scope scope, int depth) {
      this.scope = scope;
      this.depth = depth;
    }

    @Override
    public <S> Void visit(EqualsTo equals, S context) {
      equality(equals, scope);
      return super.visit(equals, context);
    }

    @Override
    public <S> Void visit(InExpression in, S context) {
      membership(in, scope);
      return super.visit(in, context);
    }

    @Override
    public <S> Void visit(LikeExpression like, S context) {
      like(like, scope);
      return super.visit(like, context);
    }

    @Override
    public <S> Void visit(SimilarToExpression similar, S context) {
      pattern(similar, similar.isNot() ? "NOT SIMILAR TO" : "SIMILAR TO", scope);
      return super.visit(similar, context);
    }

    @Override
    public <S> Void visit(RegExpMatchOperator regex, S context) {
      pattern(regex, regexKeyword(regex.getOperatorType()), scope);
      return super.visit(regex, context);
    }

    @Override
    public <S> Void visit(Function function, S context) {
      regexpLike(function, scope);
      return super.visit(function, context);
    }

    @Override
    public <S> Void visit(ParenthesedSelect subquery, S context) {
      select(subquery, scope, depth + 1);
      return null;
    }

    @Override
    public <S> Void visit(Select subquery, S context) {
      select(subquery, scope, depth + 1);
      return null;
    }
  }

  private void equality(EqualsTo equals, Scope scope) {
    Optional<Target> left = Target.of(equals.getLeftExpression(), source);
    Optional<Target> right = Target.of(equals.getRightExpression(), source);
    Target target;
    Expression value;
    if (left.isPresent() && left.get().fold().isPresent() && right.isEmpty()) {
      target = left.get();
      value = equals.getRightExpression();
    } else if (right.isPresent() && right.get().fold().isPresent() && left.isEmpty()) {
      target = right.get();
      value = equals.getLeftExpression();
    } else {
      return;
    }
    PatternText text = PatternText.literal(source.display(equals.toString()));
    PatternShape shape = new PatternShape(Anchoring.EXACT, PatternText.literal(""), Optional.of(patternOf(value)),
        true, false, false, List.of(), text);
    add(target, equals.getLeftExpression(), scope, Operator.EQ_CASE_FOLDED, shape, "=", equals, value);
  }

  /** {@code lower(email) IN (?, ?)}: an equality per value, each on the folded column. */
  private void membership(InExpression in, Scope scope) {
    Optional<Target> target = Target.of(in.getLeftExpression(), source);
    if (in.isNot() || target.isEmpty() || target.get().fold().isEmpty() || in.getRightExpression() instanceof Select) {
      return;
    }
    PatternShape shape = new PatternShape(Anchoring.EXACT, PatternText.literal(""),
        Optional.of(PatternText.dynamic(in.getRightExpression().toString(), true)), true, false, false, List.of(),
        PatternText.literal(source.display(in.toString())));
    add(target.get(), in.getLeftExpression(), scope, Operator.EQ_CASE_FOLDED, shape, "IN", in,
        in.getRightExpression());
  }

  private void like(LikeExpression like, Scope scope) {
    String keyword = like.getLikeKeyWord() == null ? "LIKE" : like.getLikeKeyWord().name();
    if (!keyword.equals("LIKE") && !keyword.equals("ILIKE")) {
      pattern(like, (like.isNot() ? "NOT " : "") + keyword.replace('_', ' '), scope);
      return;
    }
    Optional<Target> target = Target.of(like.getLeftExpression(), source);
    if (target.isEmpty()) {
      return;
    }
    boolean ilike = keyword.equals("ILIKE") || like.isCaseInsensitive();
    boolean caseInsensitive = ilike || target.get().fold().isPresent();
    PatternText pattern = patternOf(like.getRightExpression());
    PatternShape shape = LikeShapes.scanLike(pattern, caseInsensitive);
    add(target.get(), like.getLeftExpression(), scope, caseInsensitive ? Operator.ILIKE : Operator.LIKE, shape,
        (like.isNot() ? "NOT " : "") + (ilike ? "ILIKE" : "LIKE"), like, like.getRightExpression());
  }

  /** {@code ~ ~* !~ !~*}, {@code SIMILAR TO}, MySQL {@code REGEXP}/{@code RLIKE}/{@code REGEXP_LIKE}. */
  private void pattern(BinaryExpression expression, String keyword, Scope scope) {
    Optional<Target> target = Target.of(expression.getLeftExpression(), source);
    if (target.isEmpty()) {
      return;
    }
    PatternText pattern = patternOf(expression.getRightExpression());
    boolean caseInsensitive = keyword.endsWith("~*") || target.get().fold().isPresent();
    RegexFlags flags = RegexFlags.NONE.withCaseInsensitive(caseInsensitive);
    Operator operator = Operator.REGEX;
    PatternShape shape;
    if (keyword.endsWith("SIMILAR TO")) {
      shape = withoutEmptyPrefix(PatternScanner.scanRegex(similarToRegex(pattern), flags));
    } else if (keyword.contains("~")) {
      shape = withoutEmptyPrefix(PatternScanner.scanRegex(pattern, flags));
    } else {
      operator = Operator.NEVER_INDEXED_REGEX;
      shape = PatternScanner.scanRegex(pattern, flags);
    }
    add(target.get(), expression.getLeftExpression(), scope, operator, shape, keyword, expression,
        expression.getRightExpression());
  }

  /**
   * PostgreSQL bounds an index scan only by the literal text after {@code ^}: {@code ^.*x} is anchored
   * but has nothing to bound, so it is as unanchored as {@code x}.
   */
  public static PatternShape withoutEmptyPrefix(PatternShape shape) {
    if (shape.anchoring() != Anchoring.PREFIX || shape.hasLiteralPrefix()) {
      return shape;
    }
    return new PatternShape(Anchoring.NONE, shape.prefix(), shape.exactValue(), shape.caseInsensitive(),
        shape.multiline(), shape.alternation(), shape.rawDynamicParts(), shape.pattern());
  }

  /** {@code regexp_like(col, pattern[, flags])}: a function, which no index serves. */
  private void regexpLike(Function function, Scope scope) {
    if (function.getName() == null || !function.getName().equalsIgnoreCase("regexp_like")
        || function.getParameters() == null || function.getParameters().size() < 2) {
      return;
    }
    ExpressionList<?> args = function.getParameters();
    Optional<Target> target = Target.of(args.get(0), source);
    if (target.isEmpty()) {
      return;
    }
    boolean caseInsensitive = target.get().fold().isPresent();
    if (args.size() > 2 && args.get(2) instanceof StringValue flags) {
      caseInsensitive |= flags.getValue().contains("i");
    }
    PatternShape shape = PatternScanner.scanRegex(patternOf(args.get(1)),
        RegexFlags.NONE.withCaseInsensitive(caseInsensitive));
    add(target.get(), args.get(0), scope, Operator.NEVER_INDEXED_REGEX, shape, "regexp_like", function, args.get(1));
  }

  private void add(Target target, Expression located, Scope scope, Operator operator, PatternShape shape,
      String keyword, Expression predicate, Expression value) {
    Optional<String> table = target.qualifier().map(q -> scope.table(q).orElse(q)).or(scope::single);
    matches.add(new SqlMatch(target.column(), target.columnName(), table, target.fold(), operator, shape, keyword,
        source.display(predicate.toString()), source.display(value.toString()),
        source.originalOffset(offsetOf(located))));
  }

  private int offsetOf(Expression expression) {
    ASTNodeAccess node = expression;
    if (node.getASTNode() != null && node.getASTNode().jjtGetFirstToken() != null) {
      return Math.max(0, node.getASTNode().jjtGetFirstToken().absoluteBegin - 1);
    }
    int at = source.parseText().toLowerCase(Locale.ROOT).indexOf(expression.toString().toLowerCase(Locale.ROOT));
    return Math.max(at, 0);
  }

  /**
   * The compared value or pattern: literals, concatenations ({@code ||}, {@code concat}), parameters
   * with the value the code binds to them, placeholders of spliced Java values, case folding ignored.
   * Anything else is unknown text.
   */
  private PatternText patternOf(Expression expression) {
    Expression e = unwrap(expression);
    if (e instanceof StringValue string) {
      return source.withPlaceholders(string.getValue().replace("''", "'"));
    }
    if (e instanceof JdbcParameter parameter) {
      String shown = parameter.isUseFixedIndex() ? "?" + parameter.getIndex() : "?";
      Integer index = parameter.getIndex();
      return bound(index == null ? Optional.empty() : parameters.positional(index), shown);
    }
    if (e instanceof JdbcNamedParameter named) {
      return bound(parameters.named(named.getName()), named.toString());
    }
    if (e instanceof Concat concat) {
      return patternOf(concat.getLeftExpression()).concat(patternOf(concat.getRightExpression()));
    }
    if (e instanceof Function function && function.getName() != null && function.getParameters() != null) {
      String name = function.getName().toLowerCase(Locale.ROOT);
      if (name.equals("concat")) {
        PatternText text = new PatternText(List.of());
        for (Expression arg : function.getParameters()) {
          text = text.concat(patternOf(arg));
        }
        return text;
      }
      if ((LOWER.contains(name) || UPPER.contains(name)) && function.getParameters().size() == 1) {
        return patternOf(function.getParameters().get(0));
      }
    }
    if (e instanceof Column column) {
      Optional<PatternPart.Dynamic> dynamic = source.placeholder(column.getColumnName());
      if (dynamic.isPresent()) {
        return new PatternText(List.of(dynamic.get()));
      }
    }
    return PatternText.dynamic(e.toString(), true);
  }

  /** A bound value as the code builds it; a wholly run-time value is unknown text, taken as quoted. */
  private static PatternText bound(Optional<PatternText> value, String parameter) {
    if (value.isEmpty() || value.get().parts().isEmpty()) {
      return PatternText.dynamic(parameter, true);
    }
    PatternText text = value.get();
    if (text.parts().size() == 1 && text.parts().get(0) instanceof PatternPart.Dynamic d) {
      return PatternText.dynamic(d.source(), true);
    }
    List<PatternPart> parts = new ArrayList<>();
    for (PatternPart part : text.parts()) {
      if (part instanceof PatternPart.Dynamic d && d.source().toLowerCase(Locale.ROOT).contains("escape")) {
        parts.add(new PatternPart.Dynamic(d.source(), true));
      } else {
        parts.add(part);
      }
    }
    return new PatternText(parts);
  }

  /**
   * {@code SIMILAR TO} as the POSIX regex PostgreSQL runs: anchored at both ends, {@code %} and
   * {@code _} as wildcards.
   */
  static PatternText similarToRegex(PatternText pattern) {
    List<PatternPart> parts = new ArrayList<>();
    parts.add(new PatternPart.Literal("^"));
    for (PatternPart part : pattern.parts()) {
      if (part instanceof PatternPart.Literal literal) {
        StringBuilder regex = new StringBuilder();
        String text = literal.text();
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c == '%') {
            regex.append(".*");
          } else if (c == '_') {
            regex.append('.');
          } else if (c == '\\' && i + 1 < text.length()) {
            regex.append('\\').append(text.charAt(++i));
          } else if (".^$".indexOf(c) >= 0) {
            regex.append('\\').append(c);
          } else {
            regex.append(c);
          }
        }
        parts.add(new PatternPart.Literal(regex.toString()));
      } else {
        parts.add(part);
      }
    }
    parts.add(new PatternPart.Literal("$"));
    return new PatternText(parts);
  }

  private static String regexKeyword(RegExpMatchOperatorType type) {
    return switch (type) {
      case MATCH_CASESENSITIVE -> "~";
      case MATCH_CASEINSENSITIVE -> "~*";
      case NOT_MATCH_CASESENSITIVE -> "!~";
      case NOT_MATCH_CASEINSENSITIVE -> "!~*";
    };
  }

  static Expression unwrap(Expression expression) {
    Expression e = expression;
    while (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
      e = list.get(0);
    }
    return e;
  }

  static String unquote(String name) {
    String n = name.trim();
    if (n.length() >= 2 && "\"`[".indexOf(n.charAt(0)) >= 0) {
      return n.substring(1, n.length() - 1);
    }
    return n;
  }

  /** The column a predicate tests, possibly wrapped in a case-folding function. */
  private record Target(String column, String columnName, Optional<String> qualifier, Optional<String> fold) {

    static Optional<Target> of(Expression expression, SqlSource source) {
      Expression e = unwrap(expression);
      Optional<String> fold = Optional.empty();
      if (e instanceof Function function && function.getName() != null && function.getParameters() != null
          && function.getParameters().size() == 1) {
        String name = function.getName().toLowerCase(Locale.ROOT);
        if (LOWER.contains(name)) {
          fold = Optional.of("lower");
        } else if (UPPER.contains(name)) {
          fold = Optional.of("upper");
        } else {
          return Optional.empty();
        }
        e = unwrap(function.getParameters().get(0));
      }
      if (!(e instanceof Column column) || source.placeholder(column.getColumnName()).isPresent()
          || column.getColumnName().equalsIgnoreCase("null") || column.getColumnName().equalsIgnoreCase("true")
          || column.getColumnName().equalsIgnoreCase("false")) {
        return Optional.empty();
      }
      Optional<String> qualifier = Optional.ofNullable(column.getTable())
          .map(Table::getFullyQualifiedName).filter(q -> !q.isEmpty()).map(SqlPredicates::unquote);
      return Optional.of(new Target(column.getFullyQualifiedName(), unquote(column.getColumnName()), qualifier, fold));
    }
  }

  /** Which table each alias of a query stands for. */
  private record Scope(Map<String, String> aliases, List<String> tables) {

    static final Scope EMPTY = new Scope(Map.of(), List.of());

    Scope inner() {
      return new Scope(aliases, List.of());
    }

    Scope with(FromItem item) {
      if (!(item instanceof Table table)) {
        return new Scope(aliases, concat(tables, "?"));
      }
      String name = unquote(table.getName());
      Map<String, String> updated = new HashMap<>(aliases);
      updated.put(name.toLowerCase(Locale.ROOT), name);
      if (table.getAlias() != null) {
        updated.put(unquote(table.getAlias().getName()).toLowerCase(Locale.ROOT), name);
      }
      return new Scope(Map.copyOf(updated), concat(tables, name));
    }

    Optional<String> table(String qualifier) {
      return Optional.ofNullable(aliases.get(qualifier.toLowerCase(Locale.ROOT)));
    }

    Optional<String> single() {
      return tables.size() == 1 && !tables.get(0).equals("?") ? Optional.of(tables.get(0)) : Optional.empty();
    }

    private static List<String> concat(List<String> list, String item) {
      List<String> all = new ArrayList<>(list);
      all.add(item);
      return List.copyOf(all);
    }
  }
}
