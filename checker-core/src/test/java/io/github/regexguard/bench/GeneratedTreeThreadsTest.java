package io.github.regexguard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a generated multi-module tree, one thread and many threads report exactly the same. */
class GeneratedTreeThreadsTest {

  @Test
  void oneThreadAndManyThreadsAgree(@TempDir Path root) throws IOException {
    new CorpusGenerator(11).writeTo(root, 30_000);

    AnalysisResult one = analyze(root, 1);
    AnalysisResult many = analyze(root, 5);

    assertTrue(one.findings().size() > 20, "the tree has findings: " + one.findings().size());
    assertEquals(one.findings(), many.findings());
    assertEquals(one.suppressed(), many.suppressed());
    assertEquals(one.errors(), many.errors());
    assertEquals(one.statistics().filesParsed(), many.statistics().filesParsed());
    assertEquals(one.statistics().lines(), many.statistics().lines());
  }

  private static AnalysisResult analyze(Path root, int threads) {
    return Analyzer.analyze(AnalysisRequest.builder(root).threads(threads).build());
  }
}
