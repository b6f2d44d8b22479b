package io.github.regexguard.bench;

import java.util.List;

/** The source of each query shape, as a member of a DAO or repository for one {@link Party}. */
final class QuerySnippets {

    private static final String FILTERS = "com.mongodb.client.model.Filters";
    private static final String DOCUMENT = "org.bson.Document";
    private static final String BSON = "org.bson.conversions.Bson";
    private static final String PATTERN = "java.util.regex.Pattern";
    private static final String OPTIONAL = "java.util.Optional";
    private static final String LIST = "java.util.List";
    private static final String ARRAY_LIST = "java.util.ArrayList";
    private static final String INSTANT = "java.time.Instant";

    /** @param name the method name; a DAO method gets a numeric suffix if its name repeats in the class */
    private record Site(String name, String text, List<String> imports) {
    }

    /** Clean non-identity derived queries that fill repositories; each is used at most once per repository. */
    private static final List<Site> DERIVED_OTHER = List.of(
            new Site("findByCreatedAtAfter", """
                    /** {{Entity}}s created after the given instant, for the nightly export. */
                    List<{{Entity}}> findByCreatedAtAfter(Instant since);""", List.of(LIST, INSTANT)),
            new Site("findByStatusOrderByCreatedAtDesc", """
                    /**
                     * The newest {{entity}}s in a status, newest first.
                     *
                     * @param status one of the status codes of {@link {{Entity}}}
                     * @return matching {{entity}}s
                     */
                    List<{{Entity}}> findByStatusOrderByCreatedAtDesc(String status);""", List.of(LIST)),
            new Site("countByStatus", """
                    long countByStatus(String status);""", List.of()),
            new Site("existsByEmail", """
                    /** Whether an address is already taken; used by the sign-up form. */
                    boolean existsByEmail(String email);""", List.of()),
            new Site("findByStatus", """
                    /**
                     * One page of {{entity}}s in a status.
                     */
                    Page<{{Entity}}> findByStatus(String status, Pageable pageable);""", List.of(
                    "org.springframework.data.domain.Page", "org.springframework.data.domain.Pageable")),
            new Site("deleteByCreatedAtBefore", """
                    /** Removes {{entity}}s created before the retention cut-off. */
                    void deleteByCreatedAtBefore(Instant cutoff);""", List.of(INSTANT)),
            new Site("findTop10ByOrderByCreatedAtDesc", """
                    List<{{Entity}}> findTop10ByOrderByCreatedAtDesc();""", List.of(LIST)),
            new Site("streamAllByStatus", """
                    /**
                     * Streams every {{entity}} in a status; the caller must close the stream.
                     */
                    Stream<{{Entity}}> streamAllByStatus(String status);""", List.of("java.util.stream.Stream")),
            new Site("findByDisplayNameIsNull", """
                    List<{{Entity}}> findByDisplayNameIsNull();""", List.of(LIST)),
            new Site("findByCreatedAtBetweenOrderByCreatedAtAsc", """
                    /** {{Entity}}s created in a time window, oldest first. */
                    List<{{Entity}}> findByCreatedAtBetweenOrderByCreatedAtAsc(Instant from, Instant to);""",
                    List.of(LIST, INSTANT)));

    private QuerySnippets() {
    }

    static Member write(QueryShape shape, Party party, Naming naming) {
        Site site = site(shape);
        String suffix = naming.suffixFor(site.name());
        return Member.of(party.fill(Template.fill(site.text(), "n", suffix)), site.imports());
    }

    static int derivedOtherCount() {
        return DERIVED_OTHER.size();
    }

    static Member derivedOther(int index, Party party) {
        Site site = DERIVED_OTHER.get(index);
        return Member.of(party.fill(site.text()), site.imports());
    }

    private static Site site(QueryShape shape) {
        return switch (shape) {
            case MONGO_REGEX_CI_EQUALITY -> new Site("findByEmail", """
                    /**
                     * Finds the {{entity}} registered with the given e-mail address, whatever its case.
                     */
                    public Optional<Document> findByEmail{{n}}(String email) {
                        Bson filter = Filters.regex("email", "^" + Pattern.quote(email) + "$", "i");
                        return Optional.ofNullable({{entities}}.find(filter).first());
                    }""", List.of(FILTERS, DOCUMENT, BSON, PATTERN, OPTIONAL));
            case MONGO_REGEX_CI_PREFIX -> new Site("findByUsernamePrefix", """
                    public List<Document> findByUsernamePrefix{{n}}(String prefix, int limit) {
                        return {{entities}}.find(Filters.regex("user_name", "^" + prefix, "i"))
                                .sort(Sorts.ascending("user_name"))
                                .limit(limit)
                                .into(new ArrayList<>());
                    }""", List.of(FILTERS, DOCUMENT, "com.mongodb.client.model.Sorts", LIST, ARRAY_LIST));
            case MONGO_REGEX_CONTAINS -> new Site("searchByEmail", """
                    /**
                     * Free-text search over e-mail addresses for the support back office.
                     */
                    public List<Document> searchByEmail{{n}}(String q) {
                        List<Document> result = new ArrayList<>();
                        for (Document doc : {{entities}}.find(Filters.regex("email", ".*" + q + ".*"))) {
                            result.add(doc);
                        }
                        return result;
                    }""", List.of(FILTERS, DOCUMENT, LIST, ARRAY_LIST));
            case MONGO_REGEX_EXACT_LITERAL -> new Site("countAdministrators", """
                    public long countAdministrators{{n}}() {
                        return {{entities}}.countDocuments(Filters.regex("login_name", "^admin$"));
                    }""", List.of(FILTERS));
            case MONGO_DOCUMENT_REGEX_CI_EQUALITY -> new Site("findByEmailIgnoringCase", """
                    public Optional<Document> findByEmailIgnoringCase{{n}}(String email) {
                        Document query = new Document("email",
                                new Document("$regex", "^" + Pattern.quote(email) + "$").append("$options", "i"));
                        return Optional.ofNullable({{entities}}.find(query).first());
                    }""", List.of(DOCUMENT, PATTERN, OPTIONAL));
            case MONGO_REGEX_QUOTED_PREFIX -> new Site("findByUsernameStartingWith", """
                    /**
                     * Case-sensitive prefix search; user names are stored lower-cased.
                     */
                    public List<Document> findByUsernameStartingWith{{n}}(String prefix) {
                        Bson filter = Filters.regex("user_name", "^" + Pattern.quote(prefix));
                        return {{entities}}.find(filter).limit(50).into(new ArrayList<>());
                    }""", List.of(FILTERS, DOCUMENT, BSON, PATTERN, LIST, ARRAY_LIST));
            case MONGO_EQ -> new Site("getByEmail", """
                    public Optional<Document> getByEmail{{n}}(String email) {
                        return Optional.ofNullable({{entities}}.find(Filters.eq("email", email)).first());
                    }""", List.of(FILTERS, DOCUMENT, OPTIONAL));
            case SQL_LOWER_EQUALITY -> new Site("findByEmail", """
                    public Optional<{{Entity}}Row> findByEmail{{n}}(String email) {
                        List<{{Entity}}Row> rows = jdbc.query(
                                "select id, email, login, display_name from {{entities}} where lower(email) = lower(?)",
                                ROW_MAPPER, email);
                        return rows.stream().findFirst();
                    }""", List.of(OPTIONAL, LIST));
            case SQL_LEADING_WILDCARD -> new Site("searchByEmail", """
                    /**
                     * Finds {{entities}} whose e-mail address contains the fragment, for the admin console.
                     */
                    public List<{{Entity}}Row> searchByEmail{{n}}(String fragment) {
                        return jdbc.query(
                                "select id, email, login, display_name from {{entities}} where email like '%' || ? || '%' order by email",
                                ROW_MAPPER, fragment);
                    }""", List.of(LIST));
            case SQL_EQUALITY -> new Site("findByLogin", """
                    public Optional<{{Entity}}Row> findByLogin{{n}}(String login) {
                        List<{{Entity}}Row> rows = jdbc.query(
                                "select id, email, login, display_name from {{entities}} where login = ?", ROW_MAPPER, login);
                        return rows.stream().findFirst();
                    }""", List.of(OPTIONAL, LIST));
            case SPRING_MONGO_IGNORE_CASE -> new Site("findOneByEmailIgnoreCase", """
                    /**
                     * Looks a {{entity}} up by the e-mail address typed at sign-in.
                     *
                     * @param email the address, in any case
                     * @return the {{entity}}, if registered
                     */
                    Optional<{{Entity}}> findOneByEmailIgnoreCase(String email);""", List.of(OPTIONAL));
            case SPRING_MONGO_QUERY_REGEX -> new Site("searchByEmail", """
                    /**
                     * Searches e-mail addresses with a pattern typed by an operator.
                     */
                    @Query("{ 'email' : { '$regex' : ?0, '$options' : 'i' } }")
                    List<{{Entity}}> searchByEmail(String pattern);""",
                    List.of(LIST, "org.springframework.data.mongodb.repository.Query"));
            case SPRING_MONGO_STARTING_WITH -> new Site("findByLoginStartingWith", """
                    /**
                     * Lists {{entities}} whose login starts with the prefix, for the admin search box.
                     */
                    List<{{Entity}}> findByLoginStartingWith(String prefix);""", List.of(LIST));
            case SPRING_MONGO_EQUALS -> new Site("findByEmail", """
                    Optional<{{Entity}}> findByEmail(String email);""", List.of(OPTIONAL));
            case SPRING_JPA_IGNORE_CASE -> new Site("findByEmailIgnoreCase", """
                    /**
                     * Finds the {{entity}} for a sign-in form, where users type their address in any case.
                     */
                    Optional<{{Entity}}> findByEmailIgnoreCase(String email);""", List.of(OPTIONAL));
            case SPRING_JPA_EQUALS -> new Site("findByLogin", """
                    Optional<{{Entity}}> findByLogin(String login);""", List.of(OPTIONAL));
            case SPRING_DERIVED_OTHER, LOOKALIKE_STRING_MATCHES, LOOKALIKE_PATTERN_MATCHER ->
                    throw new IllegalArgumentException(shape + " is not dealt from a deck");
        };
    }
}
