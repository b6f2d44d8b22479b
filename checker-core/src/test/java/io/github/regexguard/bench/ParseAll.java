package io.github.regexguard.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The "parse everything" baseline: reads and parses every {@code .java} file under a directory
 * with JavaParser (Java 17 level), keeping no AST. regexguard's full scan must not be slower.
 *
 * <pre>
 * java -cp ... io.github.regexguard.bench.ParseAll [--threads N] DIR
 * </pre>
 * Prints one line: {@code ParseAll: files=... lines=... chars=... problems=... threads=... wall_ms=...};
 * wall time runs from the directory walk to the last parse, JVM start excluded. Exit 1 if a file
 * had parse problems (the first few are listed on stderr).
 */
public final class ParseAll {

    private static final int PROBLEMS_SHOWN = 10;

    private ParseAll() {
    }

    public static void main(String[] args) throws Exception {
        Path root = null;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--threads") && i + 1 < args.length) {
                threads = Integer.parseInt(args[++i]);
            } else {
                root = Path.of(args[i]);
            }
        }
        if (root == null || threads < 1 || !Files.isDirectory(root)) {
            System.err.println("usage: ParseAll [--threads N] DIR");
            System.exit(2);
        }
        long start = System.nanoTime();
        List<Path> files = javaFiles(root);
        Totals totals = parseAll(files, threads);
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "ParseAll: files=%d lines=%d chars=%d problems=%d threads=%d wall_ms=%d%n",
                files.size(), totals.lines, totals.chars, totals.problemFiles, threads, wallMs);
        System.exit(totals.problemFiles == 0 ? 0 : 1);
    }

    static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    static JavaParser newParser() {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    }

    /** Work-stealing by index: each thread takes the next unparsed file and keeps its own parser and totals. */
    private static Totals parseAll(List<Path> files, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Totals> perThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Totals totals = new Totals();
            perThread.add(totals);
            Thread worker = new Thread(() -> {
                JavaParser parser = newParser();
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    totals.add(files.get(i), parser);
                }
            }, "parse-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        Totals sum = new Totals();
        perThread.forEach(sum::merge);
        return sum;
    }

    private static final class Totals {
        private static final AtomicInteger PROBLEMS_REPORTED = new AtomicInteger();

        long lines;
        long chars;
        int problemFiles;

        void add(Path file, JavaParser parser) {
            String source = read(file);
            chars += source.length();
            lines += lineCount(source);
            ParseResult<CompilationUnit> result = parser.parse(source);
            if (!result.isSuccessful()) {
                problemFiles++;
                if (PROBLEMS_REPORTED.incrementAndGet() <= PROBLEMS_SHOWN) {
                    System.err.println(file + ": " + result.getProblems().get(0).getVerboseMessage());
                }
            }
        }

        void merge(Totals other) {
            lines += other.lines;
            chars += other.chars;
            problemFiles += other.problemFiles;
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Newline count, plus one for a last line without a newline: what {@code wc -l} says for normal files. */
        private static long lineCount(String source) {
            long newlines = source.chars().filter(c -> c == '\n').count();
            return source.isEmpty() || source.endsWith("\n") ? newlines : newlines + 1;
        }
    }
}
