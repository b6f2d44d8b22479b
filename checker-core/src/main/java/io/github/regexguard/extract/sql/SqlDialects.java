package io.github.regexguard.extract.sql;

import io.github.regexguard.SqlDialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Guesses the SQL database of a tree that does not configure one: the JDBC or R2DBC driver its build
 * declares, else what its Flyway migrations are written in, else {@link SqlDialect#GENERIC}.
 */
public final class SqlDialects {

  private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");
  private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
  private static final long MAX_READ = 1024 * 1024;
  private static final int MAX_MIGRATIONS = 200;

  private SqlDialects() {}

  public static SqlDialect guess(Path baseDirectory, List<Path> roots) {
    Set<Path> directories = new LinkedHashSet<>();
    for (Path root : roots) {
      Path base = baseDirectory.toAbsolutePath().normalize();
      for (Path d = root.toAbsolutePath().normalize(); d != null && d.startsWith(base); d = d.getParent()) {
        directories.add(d);
      }
    }
    directories.add(baseDirectory.toAbsolutePath().normalize());
    Set<SqlDialect> fromBuild = EnumSet.noneOf(SqlDialect.class);
    Set<SqlDialect> fromMigrations = EnumSet.noneOf(SqlDialect.class);
    for (Path directory : directories) {
      for (String name : BUILD_FILES) {
        read(directory.resolve(name)).ifPresent(text -> fromBuild.addAll(driverIn(text)));
      }
      Path migrations = directory.resolve(MIGRATIONS);
      if (Files.isDirectory(migrations)) {
        try (Stream<Path> files = Files.walk(migrations, 4)) {
          files.filter(f -> f.toString().endsWith(".sql")).limit(MAX_MIGRATIONS)
              .forEach(f -> read(f).ifPresent(text -> fromMigrations.addAll(syntaxOf(text))));
        } catch (IOException | RuntimeException e) {
          // an unreadable migration folder tells nothing
        }
      }
    }
    if (fromBuild.size() == 1) {
      return fromBuild.iterator().next();
    }
    return fromMigrations.size() == 1 ? fromMigrations.iterator().next() : SqlDialect.GENERIC;
  }

  /** The dialect a file's own imports name: a driver class, or the jOOQ dialect constant. */
  public static Optional<SqlDialect> fromImports(List<String> imports) {
    for (String name : imports) {
      if (name.startsWith("org.postgresql") || name.startsWith("io.r2dbc.postgresql")) {
        return Optional.of(SqlDialect.POSTGRESQL);
      }
      if (name.startsWith("com.mysql") || name.startsWith("org.mariadb") || name.startsWith("io.asyncer.r2dbc.mysql")) {
        return Optional.of(SqlDialect.MYSQL);
      }
    }
    return Optional.empty();
  }

  static Set<SqlDialect> driverIn(String build) {
    Set<SqlDialect> found = EnumSet.noneOf(SqlDialect.class);
    if (build.contains("org.postgresql") || build.contains("r2dbc-postgresql")) {
      found.add(SqlDialect.POSTGRESQL);
    }
    if (build.contains("mysql-connector") || build.contains("com.mysql") || build.contains("mariadb-java-client")
        || build.contains("r2dbc-mysql") || build.contains("r2dbc-mariadb")) {
      found.add(SqlDialect.MYSQL);
    }
    return found;
  }

  static Set<SqlDialect> syntaxOf(String migration) {
    String text = migration.toLowerCase(Locale.ROOT);
    Set<SqlDialect> found = EnumSet.noneOf(SqlDialect.class);
    if (text.contains("create extension") || text.contains("bigserial") || text.contains(" serial")
        || text.contains("gin_trgm_ops") || text.contains("text_pattern_ops") || text.contains(" citext")
        || text.contains("using gin") || text.contains("timestamptz")) {
      found.add(SqlDialect.POSTGRESQL);
    }
    if (text.contains("engine=innodb") || text.contains("engine = innodb") || text.contains("auto_increment")
        || text.contains("utf8mb4")) {
      found.add(SqlDialect.MYSQL);
    }
    return found;
  }

  private static Optional<String> read(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_READ) {
        return Optional.empty();
      }
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
