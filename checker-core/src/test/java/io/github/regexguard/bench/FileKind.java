package io.github.regexguard.bench;

import java.util.Random;

/** The kinds of file a module holds: the layer (sub-package) each goes to and its usual size in lines. */
enum FileKind {
    MONGO_ENTITY("domain", 120, 220, false),
    JPA_ENTITY("domain", 110, 200, false),
    VALUE_RECORD("domain", 50, 140, false),
    STATUS_ENUM("domain", 50, 120, false),
    DOMAIN_EVENT("domain", 60, 150, false),
    MONGO_REPOSITORY("repository", 50, 90, true),
    JPA_REPOSITORY("repository", 50, 80, true),
    MONGO_DAO("dao", 120, 320, true),
    JDBC_DAO("dao", 100, 260, true),
    SERVICE("service", 80, 400, false),
    CONTROLLER("web", 80, 260, false),
    VIEW_RECORD("web", 50, 120, false),
    VALIDATOR("util", 60, 160, false),
    UTILITY("util", 50, 300, false);

    static final int MIN_LINES = 50;
    static final int MAX_LINES = 400;

    private final String layer;
    private final int minLines;
    private final int maxLines;
    private final boolean hasQueries;

    FileKind(String layer, int minLines, int maxLines, boolean hasQueries) {
        this.layer = layer;
        this.minLines = minLines;
        this.maxLines = maxLines;
        this.hasQueries = hasQueries;
    }

    String layer() {
        return layer;
    }

    boolean hasQueries() {
        return hasQueries;
    }

    int randomSize(Random random) {
        return minLines + random.nextInt(maxLines - minLines + 1);
    }
}
