package io.github.regexguard.extract.sql;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/** JSqlParser behind a size limit and a time limit, so a hostile string costs at most a bounded parse. */
final class SqlParsing {

  private static final int MAX_LENGTH = 64 * 1024;
  private static final int MAX_NESTING = 40;
  private static final long TIMEOUT_MILLIS = 10_000;
  private static final ExecutorService PARSER = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(null, runnable, "regexguard-sql-parser", 16L * 1024 * 1024);
    thread.setDaemon(true);
    return thread;
  });

  private SqlParsing() {}

  static Optional<Statement> parse(String sql) {
    if (sql.length() > MAX_LENGTH || CCJSqlParserUtil.getNestingDepth(sql) > MAX_NESTING) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(CCJSqlParserUtil.parse(sql, PARSER, parser -> parser.withTimeOut(TIMEOUT_MILLIS)));
    } catch (JSQLParserException | RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }
}
