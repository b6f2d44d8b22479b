package io.github.regexguard.bench;

import io.github.regexguard.bench.LogicSnippets.Scope;
import java.util.List;

/** Data access classes: MongoDB driver DAOs and JDBC DAOs, each with its query methods and helpers. */
final class DaoFiles {

    private static final String LOGGER = "private static final Logger LOG = LoggerFactory.getLogger({{Type}}.class);";
    private static final String[] LOGGER_IMPORTS = {"org.slf4j.Logger", "org.slf4j.LoggerFactory"};

    private DaoFiles() {
    }

    static JavaFile mongoDao(String packageName, String type, Party party, List<QueryShape> shapes,
            int targetLines, Naming naming, ShapeTally tally) {
        JavaFile file = new JavaFile(packageName, type, party.fill(Template.fill("""
                /**
                 * Reads {{entity}} documents with the MongoDB Java driver.
                 */
                public class {{Type}} {""", "Type", type)), List.of());
        file.addConstant(Template.fill(LOGGER, "Type", type), LOGGER_IMPORTS);
        file.add(Member.of(party.fill(Template.fill("""
                private final MongoCollection<Document> {{entities}};

                public {{Type}}(MongoDatabase database) {
                    this.{{entities}} = database.getCollection("{{entities}}");
                }""", "Type", type)),
                "com.mongodb.client.MongoCollection", "com.mongodb.client.MongoDatabase", "org.bson.Document"));
        return addQueriesAndFill(file, party, shapes, targetLines, naming, tally);
    }

    static JavaFile jdbcDao(String packageName, String type, Party party, List<QueryShape> shapes,
            int targetLines, Naming naming, ShapeTally tally) {
        JavaFile file = new JavaFile(packageName, type, party.fill(Template.fill("""
                /**
                 * Reads the {@code {{entities}}} table with plain SQL, for reports and the admin console.
                 */
                @Repository
                public class {{Type}} {""", "Type", type)),
                List.of("org.springframework.stereotype.Repository"));
        file.addConstant(Template.fill(LOGGER, "Type", type), LOGGER_IMPORTS);
        file.add(Member.of(party.fill("""
                private static final RowMapper<{{Entity}}Row> ROW_MAPPER = (rs, rowNum) -> new {{Entity}}Row(
                        rs.getLong("id"), rs.getString("email"), rs.getString("login"), rs.getString("display_name"));"""),
                "org.springframework.jdbc.core.RowMapper"));
        file.add(Member.of(Template.fill("""
                private final JdbcTemplate jdbc;

                public {{Type}}(JdbcTemplate jdbc) {
                    this.jdbc = jdbc;
                }""", "Type", type), "org.springframework.jdbc.core.JdbcTemplate"));
        file.add(Member.of(party.fill("""
                /** A row of the {@code {{entities}}} table. */
                public record {{Entity}}Row(long id, String email, String login, String displayName) {
                }""")));
        return addQueriesAndFill(file, party, shapes, targetLines, naming, tally);
    }

    private static JavaFile addQueriesAndFill(JavaFile file, Party party, List<QueryShape> shapes, int targetLines,
            Naming naming, ShapeTally tally) {
        for (QueryShape shape : shapes) {
            file.add(QuerySnippets.write(shape, party, naming));
            tally.add(shape);
        }
        Filler.fill(file, targetLines, naming, Scope.INSTANCE_FIELD);
        return file;
    }
}
