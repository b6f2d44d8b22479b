package io.github.regexguard.bench;

/**
 * The query sites the corpus contains, with the finding design.md section 4 predicts for each.
 * The prediction is for reading a scan's totals next to the corpus summary, not a test oracle.
 */
enum QueryShape {
    MONGO_REGEX_CI_EQUALITY(Family.MONGO_DAO,
            "Filters.regex(\"email\", \"^\" + Pattern.quote(email) + \"$\", \"i\")", "error CaseInsensitiveEquality"),
    MONGO_REGEX_CI_PREFIX(Family.MONGO_DAO,
            "Filters.regex(\"user_name\", \"^\" + prefix, \"i\")", "error CaseInsensitivePrefix, error UnquotedRegexInput"),
    MONGO_REGEX_CONTAINS(Family.MONGO_DAO,
            "Filters.regex(\"email\", \".*\" + q + \".*\")", "error UnanchoredMatch, error UnquotedRegexInput"),
    MONGO_REGEX_EXACT_LITERAL(Family.MONGO_DAO,
            "Filters.regex(\"login_name\", \"^admin$\")", "note RegexEquality"),
    MONGO_DOCUMENT_REGEX_CI_EQUALITY(Family.MONGO_DAO,
            "new Document(\"$regex\", \"^\" + Pattern.quote(email) + \"$\").append(\"$options\", \"i\")",
            "error CaseInsensitiveEquality"),
    MONGO_REGEX_QUOTED_PREFIX(Family.MONGO_DAO,
            "Filters.regex(\"user_name\", \"^\" + Pattern.quote(prefix))", "none"),
    MONGO_EQ(Family.MONGO_DAO, "Filters.eq(\"email\", email)", "none"),
    SQL_LOWER_EQUALITY(Family.JDBC_DAO, "... where lower(email) = lower(?)", "error CaseInsensitiveEquality"),
    SQL_LEADING_WILDCARD(Family.JDBC_DAO, "... where email like '%' || ? || '%'", "error UnanchoredMatch"),
    SQL_EQUALITY(Family.JDBC_DAO, "... where login = ?", "none"),
    SPRING_MONGO_IGNORE_CASE(Family.MONGO_REPOSITORY, "findOneByEmailIgnoreCase(String)", "error CaseInsensitiveEquality"),
    SPRING_MONGO_QUERY_REGEX(Family.MONGO_REPOSITORY,
            "@Query(\"{ 'email' : { '$regex' : ?0, '$options' : 'i' } }\")",
            "error UnanchoredMatch, error UnquotedRegexInput"),
    SPRING_MONGO_STARTING_WITH(Family.MONGO_REPOSITORY, "findByLoginStartingWith(String)", "none"),
    SPRING_MONGO_EQUALS(Family.MONGO_REPOSITORY, "findByEmail(String)", "none"),
    SPRING_JPA_IGNORE_CASE(Family.JPA_REPOSITORY, "findByEmailIgnoreCase(String)", "error CaseInsensitiveEquality"),
    SPRING_JPA_EQUALS(Family.JPA_REPOSITORY, "findByLogin(String)", "none"),
    SPRING_DERIVED_OTHER(Family.REPOSITORY_FILLER, "findByCreatedAtAfter(Instant), countByStatus(String), ...", "none"),
    LOOKALIKE_STRING_MATCHES(Family.VALIDATOR, "email.matches(\"^[a-z0-9._%+-]+@...$\")", "none (validation)"),
    LOOKALIKE_PATTERN_MATCHER(Family.VALIDATOR,
            "Pattern.compile(\"^[A-Z]{2}[0-9]{4,8}$\", CASE_INSENSITIVE).matcher(code)", "none (validation)");

    /** Where a shape appears. */
    enum Family {
        MONGO_DAO, JDBC_DAO, MONGO_REPOSITORY, JPA_REPOSITORY, REPOSITORY_FILLER, VALIDATOR
    }

    private final Family family;
    private final String example;
    private final String expectedFinding;

    QueryShape(Family family, String example, String expectedFinding) {
        this.family = family;
        this.example = example;
        this.expectedFinding = expectedFinding;
    }

    Family family() {
        return family;
    }

    String example() {
        return example;
    }

    String expectedFinding() {
        return expectedFinding;
    }
}
