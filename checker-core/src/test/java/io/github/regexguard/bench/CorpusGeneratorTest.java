package io.github.regexguard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    /** Enough for two whole modules, so every file kind and query shape occurs. */
    private static final int LINES = 20_000;

    @Test
    void sameSeedWritesIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        new CorpusGenerator(7).writeTo(first, LINES);
        new CorpusGenerator(7).writeTo(second, LINES);

        assertEquals(contents(first), contents(second));
    }

    @Test
    void otherSeedWritesOtherFiles() {
        assertNotEquals(generate(7), generate(8));
    }

    @Test
    void everyFileParsesAsJava17WithoutProblems() {
        JavaParser parser = ParseAll.newParser();
        List<String> problems = new ArrayList<>();
        for (SourceFile file : generate(42)) {
            ParseResult<CompilationUnit> result = parser.parse(file.content());
            if (!result.isSuccessful()) {
                problems.add(file.path() + ": " + result.getProblems());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void totalLineCountIsExactAndEveryKindAndShapeOccurs() {
        List<SourceFile> files = new ArrayList<>();
        CorpusStats stats = new CorpusGenerator(42).generate(LINES, files::add);

        assertEquals(LINES, files.stream().mapToInt(SourceFile::lineCount).sum());
        EnumSet<FileKind> kinds = EnumSet.noneOf(FileKind.class);
        files.forEach(file -> kinds.add(file.kind()));
        assertEquals(EnumSet.allOf(FileKind.class), kinds);
        for (QueryShape shape : QueryShape.values()) {
            assertTrue(stats.shapeCount(shape) > 0, shape + " never generated");
        }
    }

    private static List<SourceFile> generate(long seed) {
        List<SourceFile> files = new ArrayList<>();
        new CorpusGenerator(seed).generate(LINES, files::add);
        return files;
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(path).toString(), Files.readString(path));
            }
        }
        return contents;
    }
}
