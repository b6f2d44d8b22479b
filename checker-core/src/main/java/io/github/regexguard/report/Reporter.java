package io.github.regexguard.report;

import io.github.regexguard.AnalysisResult;
import java.io.IOException;
import java.io.Writer;

/** Writes an analysis result in one format. */
public interface Reporter {

  /** The format's name on the command line, e.g. {@code sarif}. */
  String format();

  /** The report's file name in the output directory, e.g. {@code regexguard.sarif}. */
  String fileName();

  void write(AnalysisResult result, Writer out) throws IOException;
}
