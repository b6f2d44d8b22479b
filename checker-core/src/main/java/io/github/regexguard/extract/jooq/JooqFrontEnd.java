package io.github.regexguard.extract.jooq;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.sql.ApiPatterns;
import io.github.regexguard.extract.sql.BuiltPredicate;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.model.Operator;
import io.github.regexguard.pattern.PatternShape;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * jOOQ conditions on string fields: {@code equalIgnoreCase}, {@code likeIgnoreCase},
 * {@code containsIgnoreCase}, {@code startsWithIgnoreCase}, {@code endsWith[IgnoreCase]},
 * {@code contains}, {@code like}, {@code likeRegex}, and {@code DSL.lower(F).eq(v)}. Fields are
 * generated constants ({@code USERS.EMAIL}) or {@code DSL.field("email")}, directly or through a constant.
 */
public final class JooqFrontEnd implements FrontEnd {

  private static final String DSL = "org.jooq.impl.DSL";
  private static final Set<String> METHODS = Set.of("equalIgnoreCase", "eq", "equal", "likeIgnoreCase",
      "notLikeIgnoreCase", "like", "notLike", "containsIgnoreCase", "notContainsIgnoreCase", "contains", "notContains",
      "endsWithIgnoreCase", "endsWith", "startsWithIgnoreCase", "likeRegex", "notLikeRegex");

  @Override
  public String id() {
    return "jooq";
  }

  @Override
  public List<String> triggers() {
    return List.of("org.jooq");
  }

  @Override
  public void onCall(MethodCallExpr call, ExtractionContext context) {
    if (call.getScope().isEmpty() || call.getArguments().isEmpty() || !METHODS.contains(call.getNameAsString())
        || !importsJooq(context)) {
      return;
    }
    Optional<JooqField> receiver = JooqField.of(call.getScope().get(), context);
    if (receiver.isEmpty()) {
      return;
    }
    JooqField field = receiver.get();
    ExpressionFolder folder = context.folder();
    Expression value = call.getArgument(0);
    boolean folded = field.fold().isPresent();
    String method = call.getNameAsString();
    Operator like = folded || method.endsWith("IgnoreCase") ? Operator.ILIKE : Operator.LIKE;
    PatternShape shape;
    Operator operator = like;
    String keyword = "LIKE";
    Optional<String> fold = field.fold();
    switch (method) {
      case "equalIgnoreCase" -> {
        shape = ApiPatterns.caseFoldedEquality(value, call.toString(), folder);
        operator = Operator.EQ_CASE_FOLDED;
        keyword = "=";
        fold = Optional.of("lower");
      }
      case "eq", "equal" -> {
        if (!folded) {
          return;
        }
        shape = ApiPatterns.caseFoldedEquality(value, call.toString(), folder);
        operator = Operator.EQ_CASE_FOLDED;
        keyword = "=";
      }
      case "likeIgnoreCase", "notLikeIgnoreCase", "like", "notLike" ->
          shape = ApiPatterns.like(value, like == Operator.ILIKE, folder);
      case "containsIgnoreCase", "notContainsIgnoreCase", "contains", "notContains" ->
          shape = ApiPatterns.escapedLike(value, true, true, like == Operator.ILIKE, folder);
      case "endsWithIgnoreCase", "endsWith" ->
          shape = ApiPatterns.escapedLike(value, true, false, like == Operator.ILIKE, folder);
      case "startsWithIgnoreCase" -> shape = ApiPatterns.escapedLike(value, false, true, true, folder);
      case "likeRegex", "notLikeRegex" -> {
        shape = ApiPatterns.regex(value, folded, folder);
        operator = ApiPatterns.regexOperator(BuiltPredicate.dialect(context));
        keyword = "~";
      }
      default -> {
        return;
      }
    }
    if (operator != Operator.EQ_CASE_FOLDED && method.endsWith("IgnoreCase")) {
      fold = Optional.of("lower");
    }
    if (method.startsWith("not")) {
      keyword = "NOT " + keyword;
    }
    BuiltPredicate predicate = new BuiltPredicate(field.written(), field.column(), field.table(), fold, operator,
        shape, keyword, value.toString());
    context.emit(predicate.toPredicate(context, id(), call, ExtractionContext.rangeOf(
        call.getName()), field.written() + ".eq(%s)", field.written() + ".startsWith(%s)",
        field.written() + ".contains(value) or .startsWith(value), which escape the value, "
            + "instead of a hand-built pattern"));
  }

  private static boolean importsJooq(ExtractionContext context) {
    return context.unit().getImports().stream().anyMatch(i -> i.getNameAsString().startsWith("org.jooq"));
  }

  private record Column(Optional<String> table, String name) {}

  /** A jOOQ field expression, possibly case-folded with {@code DSL.lower}/{@code upper}. */
  private record JooqField(String written, String column, Optional<String> table, Optional<String> fold) {

    static Optional<JooqField> of(Expression expression, ExtractionContext context) {
      Optional<String> fold = Optional.empty();
      Expression inner = expression;
      if (expression instanceof MethodCallExpr call && isFold(call.getNameAsString())) {
        if (call.getArguments().size() == 1 && isDsl(call, context)) {
          inner = call.getArgument(0);
        } else if (call.getArguments().isEmpty() && call.getScope().isPresent()) {
          inner = call.getScope().get();
        } else {
          return Optional.empty();
        }
        fold = Optional.of(call.getNameAsString().toLowerCase(Locale.ROOT));
      }
      Expression target = inner;
      Optional<Column> column = generated(target).or(() -> declared(context.folder().resolve(target).orElse(target),
          context));
      Optional<String> f = fold;
      return column.map(c -> new JooqField(target.toString(), c.name(), c.table(), f));
    }

    private static boolean isFold(String name) {
      return name.equals("lower") || name.equals("upper");
    }

    private static boolean isDsl(MethodCallExpr call, ExtractionContext context) {
      return call.getScope().map(s -> s.toString().equals(DSL) || context.imports().refersTo(s, DSL))
          .orElseGet(() -> context.imports().staticallyImports(call.getNameAsString(), DSL));
    }

    /** A generated column constant: {@code USERS.EMAIL}, {@code Tables.USERS.EMAIL}. */
    private static Optional<Column> generated(Expression expression) {
      if (!(expression instanceof FieldAccessExpr access) || !isConstantName(access.getNameAsString())) {
        return Optional.empty();
      }
      String scope = access.getScope().toString();
      String table = scope.substring(scope.lastIndexOf('.') + 1);
      if (!isConstantName(table)) {
        return Optional.empty();
      }
      return Optional.of(new Column(Optional.of(table.toLowerCase(Locale.ROOT)),
          access.getNameAsString().toLowerCase(Locale.ROOT)));
    }

    /** {@code DSL.field("users.email", String.class)} or {@code field(name("users", "email"))}. */
    private static Optional<Column> declared(Expression expression, ExtractionContext context) {
      if (!(expression instanceof MethodCallExpr call) || !call.getNameAsString().equals("field")
          || call.getArguments().isEmpty()) {
        return Optional.empty();
      }
      Expression first = call.getArgument(0);
      if (first instanceof MethodCallExpr name && name.getNameAsString().equals("name")
          && !name.getArguments().isEmpty()) {
        List<Optional<String>> parts =
            name.getArguments().stream().map(a -> context.folder().constantString(a)).toList();
        if (parts.stream().anyMatch(Optional::isEmpty)) {
          return Optional.empty();
        }
        Optional<String> table = parts.size() > 1 ? parts.get(parts.size() - 2) : Optional.empty();
        return Optional.of(new Column(table, parts.get(parts.size() - 1).get()));
      }
      return context.folder().constantString(first).filter(JooqField::isQualifiedName).map(n -> {
        int dot = n.lastIndexOf('.');
        return new Column(dot < 0 ? Optional.empty() : Optional.of(n.substring(0, dot)), n.substring(dot + 1));
      });
    }

    /** {@code email} or {@code users.email}, not a SQL fragment such as {@code lower(email)}. */
    private static boolean isQualifiedName(String name) {
      return !name.isEmpty() && Character.isLetter(name.charAt(0))
          && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.');
    }

    private static boolean isConstantName(String name) {
      return !name.isEmpty() && name.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '_')
          && Character.isLetter(name.charAt(0));
    }
  }
}
