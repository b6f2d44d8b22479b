package io.github.regexguard;

import io.github.regexguard.engine.Analysis;
import io.github.regexguard.extract.FrontEnds;
import io.github.regexguard.rule.BuiltInRules;

/** The one entry point of regexguard: the CLI and the Maven plugin are thin adapters over it. */
public final class Analyzer {

  private Analyzer() {}

  /** Scans the request's files and returns findings, processing errors and statistics. */
  public static AnalysisResult analyze(AnalysisRequest request) {
    return new Analysis(request, FrontEnds.all(), BuiltInRules.all()).run();
  }

  /** regexguard's version, e.g. {@code 0.1.0}. */
  public static String version() {
    return Version.get();
  }
}
