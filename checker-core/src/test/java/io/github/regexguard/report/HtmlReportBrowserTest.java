package io.github.regexguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.Level;
import io.github.regexguard.testing.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in a real headless Chromium at desktop and phone width: no console error,
 * nothing loaded from anywhere, the counts on the page are the result's, nothing wider than a
 * phone, and the hostile pattern is shown as text. Screenshots are kept under
 * {@code target/html-report/}.
 */
@Tag("browser")
class HtmlReportBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "html-report");

  @TempDir
  static Path work;

  static AnalysisResult result;
  static Path page;

  @BeforeAll
  static void writeReport() throws IOException {
    result = ReportScenario.analyse(work.resolve("project"));
    page = ReportWriter.write(new HtmlReporter(), result, SCREENSHOTS);
  }

  @Test
  void desktop() throws IOException {
    try (Chromium browser = browser()) {
      Chromium.Page tab = browser.open(1280, 1400, false);
      tab.navigate(page.toUri().toString());
      assertCounts(tab);
      tab.screenshot(SCREENSHOTS.resolve("desktop.png"), false);
      assertEquals(2, tab.evaluate("getComputedStyle(document.querySelector('.compare'))"
          + ".gridTemplateColumns.split(' ').length").asInt(), "original and rewrite side by side");
      assertTrue(tab.problems().isEmpty(), "browser problems: " + tab.problems());
    }
  }

  @Test
  void phone() throws IOException {
    try (Chromium browser = browser()) {
      Chromium.Page tab = browser.open(390, 1600, true);
      tab.navigate(page.toUri().toString());
      assertCounts(tab);
      tab.screenshot(SCREENSHOTS.resolve("phone.png"), false);
      tab.evaluate("document.querySelector('#suppressed').scrollIntoView()");
      tab.screenshot(SCREENSHOTS.resolve("phone-suppressed.png"), false);
      assertTrue(tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean(),
          "no sideways scrolling at phone width: " + tab.evaluate("document.documentElement.scrollWidth"));
      assertEquals(1, tab.evaluate("getComputedStyle(document.querySelector('.compare'))"
          + ".gridTemplateColumns.split(' ').length").asInt(), "original above rewrite on a phone");
      assertTrue(tab.problems().isEmpty(), "browser problems: " + tab.problems());
    }
  }

  private static void assertCounts(Chromium.Page tab) {
    for (Level level : Level.values()) {
      assertEquals(result.count(level), tab.evaluate("+document.getElementById('total-" + level.id()
          + "').textContent").asLong(), level.id());
    }
    assertEquals(result.findings().size(), tab.evaluate("document.querySelectorAll('article.finding').length").asInt());
    assertEquals(result.suppressed().size(), tab.evaluate("+document.getElementById('total-suppressed').textContent").asInt());
    assertEquals(result.baseline().baselined().size(),
        tab.evaluate("+document.getElementById('total-baselined').textContent").asInt());
    assertEquals(result.baseline().unmatched().size(),
        tab.evaluate("document.querySelectorAll('#stale-baseline tbody tr').length").asInt());
    assertEquals(result.errors().size(), tab.evaluate("document.querySelectorAll('#errors tbody tr').length").asInt());

    Map<String, Long> byRule = new TreeMap<>();
    result.findings().forEach(f -> byRule.merge(f.ruleId(), 1L, Long::sum));
    JsonNode rows = tab.evaluate("Object.fromEntries([...document.querySelectorAll('#by-rule tbody tr')]"
        + ".map(r => [r.dataset.rule, +r.lastElementChild.textContent]))");
    Map<String, Long> shown = new TreeMap<>();
    rows.fields().forEachRemaining(e -> shown.put(e.getKey(), e.getValue().asLong()));
    assertEquals(byRule, shown);

    assertEquals(result.findings().size(), tab.evaluate("[...document.querySelectorAll('article.finding')]"
        + ".filter(a => a.querySelector('.original mark') && a.querySelector('.rewrite code').textContent).length")
        .asInt(), "every finding marks its expression and shows a rewrite");
    assertEquals(0, tab.evaluate("document.scripts.length + document.querySelectorAll('link,img,iframe').length")
        .asInt(), "nothing but the page itself");
    assertEquals(0, tab.evaluate("performance.getEntriesByType('resource').length").asInt());
    assertEquals("regexguard report", tab.evaluate("document.title").asText(), "the hostile pattern ran no script");
    Optional<Finding> hostile = result.findings().stream().filter(f -> f.path().endsWith("Hostile.java")).findFirst();
    assertTrue(hostile.isPresent());
    assertTrue(tab.evaluate("document.body.innerText").asText().contains(ReportScenario.HOSTILE_PATTERN),
        "the hostile pattern is shown as text");
  }

  private static Chromium browser() throws IOException {
    Optional<Path> binary = Chromium.binary();
    assumeTrue(binary.isPresent(), "chromium not found on the PATH: HTML browser test skipped (.ci/chromium.sh installs it)");
    return Chromium.start(binary.get(), Files.createTempDirectory(work, "profile"));
  }
}
