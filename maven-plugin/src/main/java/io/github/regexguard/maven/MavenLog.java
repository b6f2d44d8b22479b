package io.github.regexguard.maven;

import io.github.regexguard.AnalysisResult;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.report.TextReporter;
import org.apache.maven.plugin.logging.Log;

/** Prints findings in the build log, each at the Maven log level of its severity. */
final class MavenLog {

  private final Log log;

  MavenLog(Log log) {
    this.log = log;
  }

  void print(AnalysisResult result, boolean printFindings) {
    if (printFindings) {
      for (Finding finding : result.findings()) {
        String text = TextReporter.describe(finding).stripTrailing();
        switch (finding.level()) {
          case ERROR -> text.lines().forEach(log::error);
          case WARNING -> text.lines().forEach(log::warn);
          case NOTE -> text.lines().forEach(log::info);
        }
      }
    }
    for (ProcessingError error : result.errors()) {
      log.warn(error.path() + ":" + Math.max(1, error.line()) + ": [ProcessingError] " + error.message());
    }
    TextReporter.notes(result).forEach(log::warn);
    log.info(TextReporter.summary(result));
  }
}
