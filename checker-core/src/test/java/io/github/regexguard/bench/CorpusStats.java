package io.github.regexguard.bench;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Counts of what a generation run wrote, and the summary printed after it. */
final class CorpusStats {

    private final long seed;
    private final ShapeTally shapes;
    private final Map<FileKind, Integer> filesByKind = new EnumMap<>(FileKind.class);
    private int files;
    private long lines;
    private int modules;

    CorpusStats(long seed, ShapeTally shapes) {
        this.seed = seed;
        this.shapes = shapes;
    }

    void addModule() {
        modules++;
    }

    void add(SourceFile file) {
        files++;
        lines += file.lineCount();
        filesByKind.merge(file.kind(), 1, Integer::sum);
    }

    long lines() {
        return lines;
    }

    int shapeCount(QueryShape shape) {
        return shapes.count(shape);
    }

    private int filesWithQueries() {
        return filesByKind.entrySet().stream()
                .filter(e -> e.getKey().hasQueries())
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "regexguard benchmark corpus, seed %d%n", seed));
        out.append(String.format(Locale.ROOT, "files %d, lines %d, modules %d, files with queries %d (%.1f %%)%n",
                files, lines, modules, filesWithQueries(), 100.0 * filesWithQueries() / Math.max(files, 1)));
        out.append(String.format(Locale.ROOT, "%nfiles by kind:%n"));
        filesByKind.forEach((kind, count) ->
                out.append(String.format(Locale.ROOT, "  %-18s %7d%n", kind, count)));
        out.append(String.format(Locale.ROOT, "%nquery shapes (sites; expected finding per design.md section 4):%n"));
        for (QueryShape shape : QueryShape.values()) {
            out.append(String.format(Locale.ROOT, "  %-33s %7d  %-54s %s%n",
                    shape, shapes.count(shape), shape.expectedFinding(), shape.example()));
        }
        return out.toString();
    }
}
