package io.github.regexguard.engine;

import static io.github.regexguard.testing.HostileSources.GOOD;
import static io.github.regexguard.testing.HostileSources.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.FrontEnds;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.rule.BuiltInRules;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose analysis fails in any way (runs too long, overflows the stack, hits a bug) becomes
 * one processing error; the other files' findings stay, with 1 and with N threads.
 */
class FileFailureTest {

  private static final Duration LIMIT = Duration.ofSeconds(2);

  @TempDir
  Path root;

  @BeforeEach
  void writeFiles() throws IOException {
    Files.writeString(root.resolve("A.java"), GOOD.replace("class Good", "class A"));
    Files.writeString(root.resolve("Bad.java"), GOOD.replace("class Good", "class Bad"));
    Files.writeString(root.resolve("C.java"), GOOD.replace("class Good", "class C"));
  }

  @Test
  void fileThatRunsPastTheLimitIsSkippedAndItsWorkerStops() throws InterruptedException {
    for (int threads : new int[] {1, 3}) {
      AnalysisResult result = analyzeWith(threads, context -> {
        while (true) {
          Cancellation.checkpoint();
        }
      });
      assertOnlyBadFails(result, "skipped: analysis took longer than the limit of 2 s per file");
      assertWorkersFinish();
    }
  }

  @Test
  void fileThatIgnoresCancellationDoesNotHoldUpTheRun() throws InterruptedException {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    AnalysisResult result = analyzeWith(2, context -> {
      long until = cpu.getCurrentThreadCpuTime() + 2 * LIMIT.toNanos();
      while (cpu.getCurrentThreadCpuTime() < until) {
        Thread.onSpinWait();
      }
    });
    assertOnlyBadFails(result, "skipped: analysis took longer than the limit of 2 s per file");
    assertWorkersFinish();
  }

  @Test
  void stackOverflowIsOneError() {
    for (int threads : new int[] {1, 3}) {
      // Filling the workers' large stack costs seconds of processor time: no time limit here.
      AnalysisResult result = analyzeWith(threads, Duration.ofMinutes(10), context -> recurse(0));
      assertOnlyBadFails(result, "skipped: too deeply nested to analyse");
    }
  }

  @Test
  void bugInAFrontEndIsOneError() {
    AnalysisResult result = analyzeWith(2, context -> {
      throw new IllegalStateException("a front-end bug");
    });
    assertOnlyBadFails(result, "internal error while analysing (IllegalStateException); please report it");
  }

  private AnalysisResult analyzeWith(int threads, Consumer<ExtractionContext> onBadFile) {
    return analyzeWith(threads, LIMIT, onBadFile);
  }

  private AnalysisResult analyzeWith(int threads, Duration limit, Consumer<ExtractionContext> onBadFile) {
    FrontEnd failing = new FrontEnd() {
      @Override
      public String id() {
        return "failing";
      }

      @Override
      public List<String> triggers() {
        return List.of();
      }

      @Override
      public void onCall(MethodCallExpr call, ExtractionContext context) {
        if (context.path().equals("Bad.java") && call.getNameAsString().equals("regex")) {
          onBadFile.accept(context);
        }
      }
    };
    List<FrontEnd> frontEnds = new ArrayList<>(FrontEnds.all());
    frontEnds.add(failing);
    AnalysisRequest request = AnalysisRequest.builder(root).path(root).threads(threads).fileTimeLimit(limit).build();
    return new Analysis(request, frontEnds, BuiltInRules.all()).run();
  }

  private static void assertOnlyBadFails(AnalysisResult result, String message) {
    assertEquals(List.of(new ProcessingError("Bad.java", 1, message)), result.errors());
    int line = lineOf(GOOD, "Filters.regex");
    for (String path : List.of("A.java", "C.java")) {
      assertTrue(result.findings().stream().anyMatch(f -> f.path().equals(path) && f.location().beginLine() == line),
          path + " keeps its finding: " + result.findings());
    }
    assertFalse(result.findings().stream().anyMatch(f -> f.path().equals("Bad.java")), "the failed file reports nothing");
  }

  /** Abandoned workers stop on their own: at a checkpoint, or when their file is done. */
  private static void assertWorkersFinish() throws InterruptedException {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("regexguard-worker")) {
        thread.join(Duration.ofMinutes(2).toMillis());
        assertFalse(thread.isAlive(), thread.getName() + " still runs");
      }
    }
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }
}
