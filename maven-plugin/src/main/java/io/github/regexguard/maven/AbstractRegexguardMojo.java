package io.github.regexguard.maven;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.model.Level;
import io.github.regexguard.report.ReportWriter;
import io.github.regexguard.report.Reporter;
import io.github.regexguard.report.Reporters;
import io.github.regexguard.resolve.IdentityFields;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Parameters and the analysis call shared by the goals. */
abstract class AbstractRegexguardMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /** Skip regexguard. */
  @Parameter(property = "regexguard.skip", defaultValue = "false")
  protected boolean skip;

  /** Report files to write besides the build log: {@code sarif}. */
  @Parameter(property = "regexguard.formats", defaultValue = "sarif")
  protected List<String> formats;

  /** Where report files go. */
  @Parameter(property = "regexguard.outputDirectory", defaultValue = "${project.build.directory}/regexguard")
  protected File outputDirectory;

  /** Also scan the test source roots. */
  @Parameter(property = "regexguard.includeTests", defaultValue = "false")
  protected boolean includeTests;

  /** Glob patterns (relative to the module) a file must match to be scanned. */
  @Parameter(property = "regexguard.includes")
  protected List<String> includes;

  /** Glob patterns (relative to the module) of files not to scan. */
  @Parameter(property = "regexguard.excludes")
  protected List<String> excludes;

  /** Field names to treat as identity fields, in addition to the defaults. */
  @Parameter(property = "regexguard.identityFields")
  protected List<String> identityFields;

  /** Print each finding in the build log. */
  @Parameter(property = "regexguard.printFindings", defaultValue = "true")
  protected boolean printFindings;

  @Parameter(defaultValue = "${project.build.sourceEncoding}", readonly = true)
  protected String sourceEncoding;

  /** Runs the analysis over the module's source roots and writes the report files. */
  protected AnalysisResult analyze() throws MojoExecutionException {
    Path basedir = project.getBasedir().toPath();
    AnalysisRequest.Builder request = AnalysisRequest.builder(basedir)
        .paths(sourceRoots())
        .includes(nonNull(includes))
        .excludes(nonNull(excludes))
        .includeTests(includeTests)
        .identityFields(IdentityFields.withAdditions(nonNull(identityFields)))
        .encoding(encoding());
    AnalysisResult result = Analyzer.analyze(request.build());
    writeReports(result);
    return result;
  }

  protected void log(AnalysisResult result) {
    new MavenLog(getLog()).print(result, printFindings);
  }

  protected static Optional<Level> threshold(String value) throws MojoExecutionException {
    if (value == null || value.equalsIgnoreCase("never")) {
      return Optional.empty();
    }
    return Optional.of(Level.parse(value).orElseThrow(() -> new MojoExecutionException(
        "failOn must be error, warning, note or never, not '" + value + "'")));
  }

  private List<Path> sourceRoots() {
    List<Path> roots = new ArrayList<>();
    addExisting(roots, project.getCompileSourceRoots());
    if (includeTests) {
      addExisting(roots, project.getTestCompileSourceRoots());
    }
    return roots;
  }

  private static void addExisting(List<Path> roots, List<String> paths) {
    for (String path : paths) {
      Path p = Path.of(path);
      if (Files.isDirectory(p)) {
        roots.add(p);
      }
    }
  }

  private void writeReports(AnalysisResult result) throws MojoExecutionException {
    for (String format : nonNull(formats)) {
      if (format.isBlank() || format.trim().equalsIgnoreCase("text") || format.trim().equalsIgnoreCase("console")) {
        continue;
      }
      Reporter reporter = Reporters.named(format).orElseThrow(() ->
          new MojoExecutionException("unknown report format '" + format.trim() + "'"));
      try {
        Path written = ReportWriter.write(reporter, result, outputDirectory.toPath());
        getLog().debug("regexguard: wrote " + written);
      } catch (IOException e) {
        throw new MojoExecutionException("cannot write the " + format + " report to " + outputDirectory, e);
      }
    }
  }

  private Charset encoding() throws MojoExecutionException {
    if (sourceEncoding == null || sourceEncoding.isBlank()) {
      getLog().warn("regexguard: project.build.sourceEncoding is not set; reading sources as "
          + Charset.defaultCharset().name());
      return Charset.defaultCharset();
    }
    try {
      return Charset.forName(sourceEncoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new MojoExecutionException("unknown source encoding '" + sourceEncoding + "'");
    }
  }

  protected static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
