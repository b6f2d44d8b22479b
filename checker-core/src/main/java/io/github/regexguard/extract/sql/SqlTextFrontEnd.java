package io.github.regexguard.extract.sql;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.SqlDialect;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.resolve.Entity;
import io.github.regexguard.source.AnnotationMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SQL, JPQL and HQL written as strings: JDBC, Spring {@code JdbcTemplate},
 * {@code NamedParameterJdbcTemplate}, {@code JdbcClient}, R2DBC {@code DatabaseClient}, JPA and
 * Hibernate {@code createQuery}/{@code createNativeQuery}, {@code @NamedQuery},
 * {@code @NamedNativeQuery}, Spring Data {@code @Query} (JPA, JDBC, R2DBC), MyBatis
 * {@code @Select}/{@code @Update}/{@code @Delete} and jOOQ's plain SQL ({@code ctx.fetch("select ...")}).
 * Which library a call belongs to is decided by the file's imports; a string that does not parse is
 * skipped.
 */
public final class SqlTextFrontEnd implements FrontEnd {

  private static final List<String> JDBC = List.of("java.sql.", "javax.sql.");
  private static final List<String> SPRING_JDBC = List.of("org.springframework.jdbc.");
  private static final List<String> CLIENTS =
      List.of("org.springframework.jdbc.core.simple.", "org.springframework.r2dbc.");
  private static final List<String> JPA = List.of("jakarta.persistence.", "javax.persistence.", "org.hibernate.");
  private static final Set<String> JDBC_METHODS = Set.of("prepareStatement", "prepareCall", "executeQuery",
      "executeUpdate", "executeLargeUpdate", "execute", "addBatch");
  private static final Set<String> SPRING_JDBC_METHODS = Set.of("query", "queryForObject", "queryForList",
      "queryForMap", "queryForRowSet", "queryForStream", "update", "batchUpdate", "execute");
  private static final List<String> JOOQ = List.of("org.jooq.");
  /** jOOQ's plain SQL API: {@code ctx.fetch("select ...", args)}, {@code ctx.resultQuery(...)}. */
  private static final Set<String> JOOQ_METHODS = Set.of("fetch", "fetchOne", "fetchOptional", "fetchSingle",
      "fetchLazy", "fetchStream", "fetchMany", "resultQuery", "query", "execute");
  private static final Set<String> JPQL_METHODS = Set.of("createQuery", "createSelectionQuery", "createMutationQuery");
  private static final Set<String> NATIVE_METHODS = Set.of("createNativeQuery", "createSQLQuery",
      "createNativeMutationQuery");
  private static final List<String> PREDICATE_WORDS = List.of("lower", "upper", "lcase", "ucase", "like", "~",
      "similar", "regexp", "rlike");

  /** Where an annotation keeps its query and in which language. */
  private record QueryAnnotation(String attribute, boolean jpql) {}

  private static final Map<String, QueryAnnotation> ANNOTATIONS = Map.ofEntries(
      Map.entry("org.springframework.data.jpa.repository.Query", new QueryAnnotation("value", true)),
      Map.entry("org.springframework.data.jdbc.repository.query.Query", new QueryAnnotation("value", false)),
      Map.entry("org.springframework.data.r2dbc.repository.Query", new QueryAnnotation("value", false)),
      Map.entry("jakarta.persistence.NamedQuery", new QueryAnnotation("query", true)),
      Map.entry("javax.persistence.NamedQuery", new QueryAnnotation("query", true)),
      Map.entry("org.hibernate.annotations.NamedQuery", new QueryAnnotation("query", true)),
      Map.entry("jakarta.persistence.NamedNativeQuery", new QueryAnnotation("query", false)),
      Map.entry("javax.persistence.NamedNativeQuery", new QueryAnnotation("query", false)),
      Map.entry("org.hibernate.annotations.NamedNativeQuery", new QueryAnnotation("query", false)),
      Map.entry("org.apache.ibatis.annotations.Select", new QueryAnnotation("value", false)),
      Map.entry("org.apache.ibatis.annotations.Update", new QueryAnnotation("value", false)),
      Map.entry("org.apache.ibatis.annotations.Delete", new QueryAnnotation("value", false)));

  @Override
  public String id() {
    return "sql-text";
  }

  @Override
  public List<String> triggers() {
    return List.of("java.sql", "javax.sql", "org.springframework.jdbc", "org.springframework.r2dbc",
        "persistence", "org.hibernate", "org.apache.ibatis", "org.springframework.data", "org.jooq");
  }

  @Override
  public void onCall(MethodCallExpr call, ExtractionContext context) {
    if (call.getArguments().isEmpty() || call.getScope().isEmpty()) {
      return;
    }
    Optional<Boolean> jpql = languageOf(call.getNameAsString(), context);
    if (jpql.isPresent()) {
      Expression sql = call.getArgument(0);
      analyse(sql, context.folder().fold(sql), jpql.get(), call, Optional.of(call), context);
    }
  }

  @Override
  public void onAnnotation(AnnotationExpr annotation, ExtractionContext context) {
    String name = annotation.getNameAsString();
    String qualified = name.contains(".") ? name : context.imports().qualify(name);
    QueryAnnotation kind = ANNOTATIONS.get(qualified);
    if (kind == null) {
      return;
    }
    Optional<Expression> value = attribute(annotation, kind.attribute());
    if (value.isEmpty()) {
      return;
    }
    boolean nativeQuery = attribute(annotation, "nativeQuery")
        .map(v -> v instanceof BooleanLiteralExpr b && b.getValue()).orElse(false);
    analyse(value.get(), fold(value.get(), context), kind.jpql() && !nativeQuery, annotation, Optional.empty(),
        context);
  }

  /** Whether a call with this name takes JPQL (true) or SQL (false) as its first argument, in this file. */
  private static Optional<Boolean> languageOf(String method, ExtractionContext context) {
    if (!JPQL_METHODS.contains(method) && !NATIVE_METHODS.contains(method) && !JDBC_METHODS.contains(method)
        && !SPRING_JDBC_METHODS.contains(method) && !JOOQ_METHODS.contains(method) && !method.equals("sql")) {
      return Optional.empty();
    }
    List<String> imports = imports(context);
    if (JPQL_METHODS.contains(method) && imports(imports, JPA)) {
      return Optional.of(true);
    }
    if (NATIVE_METHODS.contains(method) && imports(imports, JPA)) {
      return Optional.of(false);
    }
    if ((JDBC_METHODS.contains(method) && imports(imports, JDBC))
        || (SPRING_JDBC_METHODS.contains(method) && imports(imports, SPRING_JDBC))
        || (method.equals("sql") && imports(imports, CLIENTS))
        || (JOOQ_METHODS.contains(method) && imports(imports, JOOQ))) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  private void analyse(Expression expression, PatternText text, boolean jpql, Node site,
      Optional<MethodCallExpr> call, ExtractionContext context) {
    SqlSource source = SqlSource.of(text);
    String lower = source.parseText().toLowerCase(Locale.ROOT);
    if (!source.looksLikeSql() || PREDICATE_WORDS.stream().noneMatch(lower::contains)) {
      return;
    }
    SqlParameters parameters = SqlBindings.around(site, call, SqlBindings.placeholders(source.parseText()),
        context.folder());
    SqlDialect dialect = SqlDialects.fromImports(imports(context)).or(() -> context.project().sqlDialect())
        .orElse(SqlDialect.GENERIC);
    for (SqlMatch match : SqlPredicates.find(source, parameters)) {
      SourceRange at = SqlLocator.locate(expression, source.original(), match.offset(), context.folder());
      Optional<Entity> entity = jpql
          ? match.source().flatMap(s -> context.project().entities().find(context.unit(), s))
          : Optional.empty();
      String column = entity.flatMap(e -> e.property(match.columnName()))
          .map(Entity.Property::dbName).orElse(match.columnName());
      Optional<String> table = jpql ? entity.map(Entity::owner) : match.source();
      FieldRef field = new FieldRef(match.column(), Optional.of(column), table);
      String ddlTable = table.orElseGet(() -> jpql ? match.source().map(JpaNaming::defaultTable).orElse("<table>")
          : "<table>");
      SqlRewrites renderer = new SqlRewrites(match, ddlTable, column, dialectOf(match, dialect), boundValue(match));
      context.emit(new QueryPredicate(Store.SQL, field, match.operator(), match.shape(), at,
          ExtractionContext.rangeOf(site), ExtractionContext.normalisedCode(site) + " :: " + match.predicate(), id(),
          renderer));
    }
  }

  /** A query written in one database's own syntax tells the dialect when nothing else does. */
  private static SqlDialect dialectOf(SqlMatch match, SqlDialect project) {
    if (project != SqlDialect.GENERIC) {
      return project;
    }
    String keyword = match.keyword();
    if (keyword.contains("REGEXP") || keyword.contains("RLIKE")) {
      return SqlDialect.MYSQL;
    }
    if (keyword.contains("ILIKE") || keyword.contains("~") || keyword.contains("SIMILAR")) {
      return SqlDialect.POSTGRESQL;
    }
    return project;
  }

  /** The Java value bound to an equality's value, or the name of a JPQL parameter, for the rewrite's note. */
  private static Optional<String> boundValue(SqlMatch match) {
    Optional<PatternText> value = match.shape().exactValue();
    if (value.isEmpty() || value.get().parts().size() != 1
        || !(value.get().parts().get(0) instanceof PatternPart.Dynamic dynamic)) {
      return Optional.empty();
    }
    String source = dynamic.source();
    if (source.startsWith("?")) {
      return Optional.empty();
    }
    return Optional.of(source.startsWith(":") ? source.substring(1) : source);
  }

  /** An annotation attribute's value: MyBatis's {@code {"select ...", "where ..."}} is joined with spaces. */
  private static PatternText fold(Expression value, ExtractionContext context) {
    if (value instanceof ArrayInitializerExpr array) {
      List<PatternPart> parts = new ArrayList<>();
      for (Expression element : array.getValues()) {
        parts.addAll(context.folder().fold(element).parts());
        parts.add(new PatternPart.Literal(" "));
      }
      return new PatternText(parts);
    }
    return context.folder().fold(value);
  }

  private static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
    return AnnotationMembers.member(annotation, name);
  }

  private static List<String> imports(ExtractionContext context) {
    return context.unit().getImports().stream().map(ImportDeclaration::getNameAsString).toList();
  }

  private static boolean imports(List<String> imports, List<String> prefixes) {
    for (String name : imports) {
      for (String prefix : prefixes) {
        if (name.startsWith(prefix) || (name + ".").equals(prefix)) {
          return true;
        }
      }
    }
    return false;
  }
}
