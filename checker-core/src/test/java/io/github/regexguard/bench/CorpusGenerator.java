package io.github.regexguard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a deterministic tree of realistic Java 17 sources (parsed by the benchmark, never compiled)
 * shaped like a multi-module Spring / MongoDB / JPA service:
 * {@code src/main/java/com/acme/<module>/{domain,repository,dao,service,web,util}/...}.
 *
 * <pre>
 * java -cp ... io.github.regexguard.bench.CorpusGenerator --lines 1000000 --out DIR [--seed 42]
 * </pre>
 *
 * <p>Each module holds, in this order (51 files, 8 of them with queries, about 16 %):
 * <ul>
 *   <li>domain: 2 Spring Data {@code @Document} entities ({@code @Indexed(unique = true) email},
 *       {@code @Field} renames {@code user_name}, {@code login_name}), 1 JPA {@code @Entity} with
 *       {@code @Table(indexes = ...)}, 4 records, 2 enums, 2 event classes;
 *   <li>repository: 2 Spring Data MongoDB repositories (3 query methods each from the deck below,
 *       plus clean non-identity derived queries), 1 Spring Data JPA repository (2 from its deck);
 *   <li>dao: 3 MongoDB driver DAOs (4 queries each), 2 JDBC DAOs (3 SQL queries each);
 *   <li>service: 14 services; web: 6 controllers, 4 API records; util: 1 validator holding
 *       regex look-alikes ({@code String.matches}, {@code Pattern.compile(...).matcher(...)}), 7 utility classes.
 * </ul>
 * Queries are dealt round-robin from fixed decks ({@link QueryDecks}), so per 8 Mongo DAO sites there
 * are 1 each of: case-insensitive {@code ^quote(x)$} regex, case-insensitive unquoted prefix,
 * {@code .*q.*}, case-sensitive {@code ^admin$}, {@code $regex} document with {@code $options: i},
 * case-sensitive quoted prefix, and 2 {@code Filters.eq}; per 3 JDBC sites one each of
 * {@code lower(email) = lower(?)}, {@code like '%' || ? || '%'}, {@code login = ?}; per 4 Mongo
 * repository sites one each of {@code findOneByEmailIgnoreCase}, {@code findByLoginStartingWith},
 * {@code findByEmail}, {@code @Query} with {@code $regex: ?0}; per 2 JPA repository sites
 * {@code findByEmailIgnoreCase} and {@code findByLogin}. The rest is plain business logic
 * ({@link LogicSnippets}). File sizes are drawn per kind between 50 and 400 lines; the last file is
 * sized so the total is exact (a few lines over for tiny totals). The summary ({@link CorpusStats})
 * is printed and written to {@code DIR/corpus-summary.txt}.
 */
public final class CorpusGenerator {

    static final String SUMMARY_FILE = "corpus-summary.txt";

    private static final List<FileKind> BLUEPRINT = blueprint(
            FileKind.MONGO_ENTITY, 2, FileKind.JPA_ENTITY, 1, FileKind.VALUE_RECORD, 4, FileKind.STATUS_ENUM, 2,
            FileKind.DOMAIN_EVENT, 2, FileKind.MONGO_REPOSITORY, 2, FileKind.JPA_REPOSITORY, 1,
            FileKind.MONGO_DAO, 3, FileKind.JDBC_DAO, 2, FileKind.SERVICE, Module.SERVICES, FileKind.CONTROLLER, 6,
            FileKind.VIEW_RECORD, 4, FileKind.VALIDATOR, 1, FileKind.UTILITY, 7);

    private final long seed;

    CorpusGenerator(long seed) {
        this.seed = seed;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("CorpusGenerator: " + e.getMessage());
            System.err.println("usage: CorpusGenerator --lines N --out DIR [--seed S]");
            System.exit(2);
            return;
        }
        try {
            CorpusStats stats = new CorpusGenerator(options.seed()).writeTo(options.out(), options.lines());
            System.out.print(stats.summary());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("CorpusGenerator: cannot write " + options.out() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** Writes the corpus under {@code root}, which must not exist or be empty. */
    CorpusStats writeTo(Path root, long totalLines) throws IOException {
        requireEmpty(root);
        CorpusStats stats = generate(totalLines, file -> write(root, file));
        Files.writeString(root.resolve(SUMMARY_FILE), stats.summary(), StandardCharsets.UTF_8);
        return stats;
    }

    CorpusStats generate(long totalLines, Consumer<SourceFile> sink) {
        Random random = new Random(seed);
        QueryDecks decks = new QueryDecks();
        ShapeTally tally = new ShapeTally();
        CorpusStats stats = new CorpusStats(seed, tally);
        for (int moduleIndex = 0; stats.lines() < totalLines; moduleIndex++) {
            ModuleWriter writer = new ModuleWriter(Module.create(moduleIndex, random), random, decks, tally);
            stats.addModule();
            for (FileKind kind : BLUEPRINT) {
                long remaining = totalLines - stats.lines();
                if (remaining <= 0) {
                    break;
                }
                SourceFile file = remaining <= FileKind.MAX_LINES
                        ? writer.write(FileKind.UTILITY, (int) remaining)
                        : writer.write(kind, (int) Math.min(kind.randomSize(random), remaining - FileKind.MIN_LINES));
                stats.add(file);
                sink.accept(file);
            }
        }
        return stats;
    }

    private static void requireEmpty(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("output directory is not empty");
                }
            }
        }
        Files.createDirectories(root);
    }

    private static void write(Path root, SourceFile file) {
        Path target = root.resolve(file.path());
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param kindsAndCounts alternating {@link FileKind} and how many of it a module holds */
    private static List<FileKind> blueprint(Object... kindsAndCounts) {
        List<FileKind> kinds = new ArrayList<>();
        for (int i = 0; i < kindsAndCounts.length; i += 2) {
            kinds.addAll(Collections.nCopies((Integer) kindsAndCounts[i + 1], (FileKind) kindsAndCounts[i]));
        }
        return List.copyOf(kinds);
    }

    /** Command line of {@link #main}. */
    record Options(long lines, Path out, long seed) {

        static Options parse(String[] args) {
            Long lines = null;
            Path out = null;
            long seed = 42;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--lines" -> lines = positive(value, "--lines");
                    case "--out" -> out = Path.of(required(value, "--out"));
                    case "--seed" -> seed = number(value, "--seed");
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
                i++;
            }
            if (lines == null || out == null) {
                throw new IllegalArgumentException("--lines and --out are required");
            }
            return new Options(lines, out, seed);
        }

        private static String required(String value, String option) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }

        private static long number(String value, String option) {
            try {
                return Long.parseLong(required(value, option).replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, got " + value);
            }
        }

        private static long positive(String value, String option) {
            long number = number(value, option);
            if (number < 1) {
                throw new IllegalArgumentException(option + " must be positive");
            }
            return number;
        }
    }
}
