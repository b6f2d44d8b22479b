package io.github.regexguard.resolve;

import io.github.regexguard.model.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.CCJSqlParserTokenManager;
import net.sf.jsqlparser.parser.SimpleCharStream;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * Indexes declared in SQL scripts (Flyway migrations, Liquibase {@code <sql>} blocks and formatted
 * SQL): {@code CREATE [UNIQUE] INDEX}, unique and primary-key constraints of {@code CREATE TABLE}
 * and {@code ALTER TABLE}.
 *
 * <p>The script is split into statements by JSqlParser's own lexer (which knows quotes, comments and
 * dollar quoting) and tables are parsed by JSqlParser. {@code CREATE INDEX} is read from the same
 * tokens, because JSqlParser 5.3 rejects common PostgreSQL forms ({@code CONCURRENTLY}, {@code ON
 * ONLY}, unnamed indexes, an expression followed by an operator class such as {@code lower(email)
 * text_pattern_ops}, {@code COLLATE}).
 */
final class SqlIndexes {

  private static final Set<String> ORDERING = Set.of("ASC", "DESC", "NULLS", "FIRST", "LAST");

  private SqlIndexes() {}

  /** The indexes of a script; {@code firstLine} is the script's first line in its file. */
  static List<IndexEntry> read(String script, String fileName, int firstLine) {
    List<IndexEntry> entries = new ArrayList<>();
    for (List<Token> statement : statements(script)) {
      try {
        int line = statement.get(0).beginLine + firstLine - 1;
        String at = fileName + ":" + line;
        if (startsCreateIndex(statement)) {
          entries.addAll(createIndex(statement, at));
        } else if (word(statement, 0).equals("CREATE") || word(statement, 0).equals("ALTER")) {
          entries.addAll(tableConstraints(join(statement), at));
        }
      } catch (RuntimeException e) {
        // an odd statement teaches nothing; the others still count
      }
    }
    return entries;
  }

  private static List<List<Token>> statements(String script) {
    List<List<Token>> statements = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    try {
      CCJSqlParserTokenManager lexer = new CCJSqlParserTokenManager(new SimpleCharStream(new StringProvider(script)));
      for (Token t = lexer.getNextToken(); t.kind != CCJSqlParserConstants.EOF; t = lexer.getNextToken()) {
        if (t.kind == CCJSqlParserConstants.ST_SEMICOLON) {
          if (!current.isEmpty()) {
            statements.add(current);
          }
          current = new ArrayList<>();
        } else {
          current.add(t);
        }
      }
    } catch (RuntimeException | Error e) {
      // TokenMgrError: the rest of the script is not SQL the lexer knows
      return statements;
    }
    if (!current.isEmpty()) {
      statements.add(current);
    }
    return statements;
  }

  private static boolean startsCreateIndex(List<Token> s) {
    if (!word(s, 0).equals("CREATE")) {
      return false;
    }
    int i = 1;
    if (Set.of("UNIQUE", "FULLTEXT", "SPATIAL").contains(word(s, i))) {
      i++;
    }
    return word(s, i).equals("INDEX");
  }

  /**
   * {@code CREATE [UNIQUE|FULLTEXT] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] [USING m] ON [ONLY]
   * table [USING method] (element, ...)}, each element a column or an expression, optionally followed
   * by {@code COLLATE c}, an operator class and an ordering.
   */
  private static List<IndexEntry> createIndex(List<Token> s, String at) {
    boolean unique = word(s, 1).equals("UNIQUE");
    boolean fullText = word(s, 1).equals("FULLTEXT");
    int on = indexOfWord(s, "ON", 0);
    if (on < 0 || on + 1 >= s.size()) {
      return List.of();
    }
    int tableAt = word(s, on + 1).equals("ONLY") ? on + 2 : on + 1;
    String table = qualifiedName(s, tableAt);
    int open = indexOfImage(s, "(", tableAt);
    Optional<String> method = Optional.empty();
    int using = indexOfWord(s, "USING", 0);
    if (using >= 0 && using + 1 < s.size() && using < open) {
      method = Optional.of(word(s, using + 1).toLowerCase(Locale.ROOT));
    }
    if (open < 0) {
      return List.of();
    }
    List<List<Token>> elements = elements(s, open);
    List<IndexEntry> entries = new ArrayList<>();
    for (int position = 0; position < elements.size(); position++) {
      element(elements.get(position), table, unique && elements.size() == 1, position, method, fullText, at)
          .ifPresent(entries::add);
    }
    return entries;
  }

  private static Optional<IndexEntry> element(List<Token> e, String table, boolean unique, int position,
      Optional<String> method, boolean fullText, String at) {
    if (e.isEmpty()) {
      return Optional.empty();
    }
    int end = e.size();
    Optional<String> collation = Optional.empty();
    int collate = indexOfWord(e, "COLLATE", 0);
    if (collate > 0) {
      collation = Optional.of(image(e, collate + 1).replace("\"", ""));
      end = collate;
    }
    while (end > 1 && ORDERING.contains(word(e, end - 1))) {
      end--;
    }
    Optional<String> operatorClass = Optional.empty();
    boolean expression = e.get(0).image.equals("(") || (e.size() > 1 && e.get(1).image.equals("("));
    int expressionEnd = expression ? closing(e, e.get(0).image.equals("(") ? 0 : 1) + 1 : 1;
    if (end > expressionEnd && isWord(e.get(end - 1))) {
      operatorClass = Optional.of(e.get(end - 1).image.toLowerCase(Locale.ROOT));
    }
    List<Token> indexed = e.subList(0, Math.min(expressionEnd, e.size()));
    String column;
    Optional<String> text = Optional.empty();
    if (expression) {
      List<String> columns = columnsIn(indexed);
      if (columns.size() != 1) {
        return Optional.empty();
      }
      column = columns.get(0);
      String written = join(unwrapParentheses(indexed));
      text = Optional.of(written);
    } else {
      column = unquote(indexed.get(0).image);
    }
    IndexKind kind = kind(expression, operatorClass, method, fullText);
    return Optional.of(new IndexEntry(Store.SQL, table, column, kind, unique, position, collation, text, at));
  }

  private static IndexKind kind(boolean expression, Optional<String> operatorClass, Optional<String> method,
      boolean fullText) {
    String opclass = operatorClass.orElse("");
    if (opclass.contains("trgm")) {
      return IndexKind.TRIGRAM;
    }
    if (fullText || method.map(m -> m.equals("gin") || m.equals("gist")).orElse(false)) {
      return IndexKind.TEXT;
    }
    if (method.map("hash"::equals).orElse(false)) {
      return IndexKind.HASHED;
    }
    if (expression) {
      return IndexKind.EXPRESSION;
    }
    return opclass.endsWith("_pattern_ops") ? IndexKind.PATTERN_OPS : IndexKind.REGULAR;
  }

  /** Unique and primary-key constraints of {@code CREATE TABLE} and {@code ALTER TABLE}, parsed by JSqlParser. */
  private static List<IndexEntry> tableConstraints(String sql, String at) {
    Statement statement;
    try {
      // Not the bare parser: it backtracks exponentially on nested parentheses. This entry point
      // tries the fast grammar first and bounds the parse in time.
      statement = CCJSqlParserUtil.parse(sql);
    } catch (Exception | StackOverflowError e) {
      return List.of();
    }
    List<IndexEntry> entries = new ArrayList<>();
    if (statement instanceof CreateTable create) {
      String table = create.getTable().getName();
      for (ColumnDefinition column : create.getColumnDefinitions() == null ? List.<ColumnDefinition>of()
          : create.getColumnDefinitions()) {
        List<String> specs = column.getColumnSpecs() == null ? List.of()
            : column.getColumnSpecs().stream().map(x -> x.toUpperCase(Locale.ROOT)).toList();
        if (specs.contains("UNIQUE") || (specs.contains("PRIMARY") && specs.contains("KEY"))) {
          entries.addAll(keys(table, List.of(column.getColumnName()), true, at));
        }
      }
      for (Index index : create.getIndexes() == null ? List.<Index>of() : create.getIndexes()) {
        entries.addAll(keys(table, index.getColumnsNames(), isUnique(index.getType()), at));
      }
    } else if (statement instanceof Alter alter) {
      String table = alter.getTable().getName();
      for (AlterExpression e : alter.getAlterExpressions() == null ? List.<AlterExpression>of()
          : alter.getAlterExpressions()) {
        if (e.getIndex() != null) {
          entries.addAll(keys(table, e.getIndex().getColumnsNames(), isUnique(e.getIndex().getType()), at));
        }
        if (e.getUkColumns() != null) {
          entries.addAll(keys(table, e.getUkColumns(), true, at));
        }
        if (e.getPkColumns() != null) {
          entries.addAll(keys(table, e.getPkColumns(), true, at));
        }
      }
    }
    return entries;
  }

  private static boolean isUnique(String type) {
    String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
    return t.contains("UNIQUE") || t.contains("PRIMARY");
  }

  private static List<IndexEntry> keys(String table, List<String> columns, boolean unique, String at) {
    List<IndexKeys.Key> keys = new ArrayList<>();
    for (String column : columns == null ? List.<String>of() : columns) {
      keys.add(new IndexKeys.Key(unquote(column.trim().split("\\s+")[0]), Optional.of(IndexKind.REGULAR)));
    }
    return new IndexKeys(keys, unique, Optional.empty()).entries(Store.SQL, unquote(table), at);
  }

  /** The elements between the parenthesis at {@code open} and its partner, split at top-level commas. */
  private static List<List<Token>> elements(List<Token> s, int open) {
    List<List<Token>> elements = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    for (int i = open + 1; i < s.size(); i++) {
      String image = s.get(i).image;
      if (image.equals("(")) {
        depth++;
      } else if (image.equals(")")) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (image.equals(",") && depth == 0) {
        elements.add(current);
        current = new ArrayList<>();
        continue;
      }
      current.add(s.get(i));
    }
    elements.add(current);
    return elements;
  }

  /** The identifiers of an expression that are columns: not function names, not types after {@code ::}. */
  private static List<String> columnsIn(List<Token> expression) {
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < expression.size(); i++) {
      Token t = expression.get(i);
      boolean function = i + 1 < expression.size() && expression.get(i + 1).image.equals("(");
      boolean cast = i > 0 && expression.get(i - 1).image.equals("::");
      if (isWord(t) && !function && !cast && !isKeyword(t.image)) {
        String name = unquote(t.image);
        if (!columns.contains(name)) {
          columns.add(name);
        }
      }
    }
    return columns;
  }

  private static boolean isKeyword(String image) {
    return Set.of("AS", "TEXT", "VARCHAR", "CHAR", "NULL", "AND", "OR", "NOT").contains(image.toUpperCase(Locale.ROOT));
  }

  private static List<Token> unwrapParentheses(List<Token> tokens) {
    List<Token> t = tokens;
    while (t.size() >= 2 && t.get(0).image.equals("(") && closing(t, 0) == t.size() - 1) {
      t = t.subList(1, t.size() - 1);
    }
    return t;
  }

  private static int closing(List<Token> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      String image = tokens.get(i).image;
      if (image.equals("(")) {
        depth++;
      } else if (image.equals(")") && --depth == 0) {
        return i;
      }
    }
    return tokens.size() - 1;
  }

  private static String qualifiedName(List<Token> s, int at) {
    StringBuilder name = new StringBuilder(unquote(image(s, at)));
    for (int i = at + 1; i + 1 < s.size() && s.get(i).image.equals("."); i += 2) {
      name.setLength(0);
      name.append(unquote(s.get(i + 1).image));
    }
    return name.toString();
  }

  /** Token images joined, with a space only between two words: {@code lower(email)}. */
  private static String join(List<Token> tokens) {
    StringBuilder out = new StringBuilder();
    Token previous = null;
    for (Token t : tokens) {
      if (previous != null && isWord(previous) && isWord(t)) {
        out.append(' ');
      } else if (previous != null && (t.image.equals(",") || previous.image.equals(","))) {
        out.append(previous.image.equals(",") ? " " : "");
      }
      out.append(t.image);
      previous = t;
    }
    return out.toString();
  }

  private static boolean isWord(Token t) {
    char c = t.image.isEmpty() ? ' ' : t.image.charAt(0);
    return Character.isLetterOrDigit(c) || c == '_' || c == '"' || c == '`' || c == '\'';
  }

  private static String word(List<Token> s, int i) {
    return image(s, i).toUpperCase(Locale.ROOT);
  }

  private static String image(List<Token> s, int i) {
    return i >= 0 && i < s.size() ? s.get(i).image : "";
  }

  private static int indexOfWord(List<Token> s, String word, int from) {
    for (int i = from; i < s.size(); i++) {
      if (s.get(i).image.equalsIgnoreCase(word)) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfImage(List<Token> s, String image, int from) {
    for (int i = Math.max(0, from); i < s.size(); i++) {
      if (s.get(i).image.equals(image)) {
        return i;
      }
    }
    return -1;
  }

  private static String unquote(String name) {
    return name.replace("\"", "").replace("`", "");
  }
}
