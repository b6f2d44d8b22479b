package io.github.regexguard.maven;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.config.ConfigFile;
import io.github.regexguard.config.Configuration;
import io.github.regexguard.config.ConfigurationException;
import io.github.regexguard.engine.PathNames;
import io.github.regexguard.model.Level;
import io.github.regexguard.report.ReportWriter;
import io.github.regexguard.report.Reporter;
import io.github.regexguard.report.Reporters;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
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

  /**
   * {@code collection.field} or {@code table.column} names known to be indexed where the source tree
   * does not declare the index.
   */
  @Parameter(property = "regexguard.indexedFields")
  protected List<String> indexedFields;

  /**
   * The settings file ({@code regexguard.yml} format). Default: {@code regexguard.yml} in the module,
   * else in the directory Maven was started in, if present. The plugin's own parameters win over it.
   */
  @Parameter(property = "regexguard.configFile")
  protected File configFile;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /** The settings file's content, read by {@link #analyze()}. */
  protected Configuration configuration = Configuration.EMPTY;

  /** Print each finding in the build log. */
  @Parameter(property = "regexguard.printFindings", defaultValue = "true")
  protected boolean printFindings;

  @Parameter(defaultValue = "${project.build.sourceEncoding}", readonly = true)
  protected String sourceEncoding;

  /**
   * Runs the analysis over the module's source roots and writes the report files. The index knowledge
   * comes from every module of the reactor; findings are reported for this module only.
   */
  protected AnalysisResult analyze() throws MojoExecutionException {
    Path basedir = project.getBasedir().toPath();
    configuration = readConfiguration();
    AnalysisRequest.Builder request = AnalysisRequest.builder(basedir);
    configuration.applyTo(request);
    request.paths(sourceRoots())
        .knowledgeRoots(knowledgeRoots())
        .includes(nonNull(includes))
        .excludes(nonNull(excludes))
        .includeTests(includeTests)
        .identityFields(configuration.identityPolicy(nonNull(identityFields)))
        .indexedFields(new LinkedHashSet<>(nonNull(indexedFields)))
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

  private Configuration readConfiguration() throws MojoExecutionException {
    Optional<Path> file = Optional.ofNullable(configFile).map(File::toPath);
    if (file.isPresent() && !Files.isRegularFile(file.get())) {
      throw new MojoExecutionException("regexguard: no such configuration file: " + file.get());
    }
    if (file.isEmpty()) {
      file = defaultConfigFile();
    }
    if (file.isEmpty()) {
      return Configuration.EMPTY;
    }
    try {
      return ConfigFile.read(file.get(), PathNames.relative(project.getBasedir().toPath(), file.get()));
    } catch (ConfigurationException e) {
      throw new MojoExecutionException("regexguard: " + e.getMessage());
    }
  }

  private Optional<Path> defaultConfigFile() {
    List<Path> candidates = new ArrayList<>();
    candidates.add(project.getBasedir().toPath().resolve(ConfigFile.DEFAULT_NAME));
    if (session != null && session.getExecutionRootDirectory() != null) {
      candidates.add(Path.of(session.getExecutionRootDirectory()).resolve(ConfigFile.DEFAULT_NAME));
    }
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }

  /** The source roots and resource directories of every module of the reactor, this one's resources too. */
  private List<Path> knowledgeRoots() {
    List<Path> roots = new ArrayList<>();
    List<MavenProject> reactor = session == null || session.getProjects() == null ? List.of(project) : session.getProjects();
    for (MavenProject module : reactor) {
      if (!module.equals(project)) {
        addExisting(roots, module.getCompileSourceRoots());
      }
      addExisting(roots, module.getResources().stream().map(Resource::getDirectory).toList());
      if (includeTests) {
        addExisting(roots, module.getTestCompileSourceRoots());
      }
    }
    return roots;
  }

  /**
   * Whether the module has a source root to check. A module without one (an aggregator with
   * {@code pom} packaging) has nothing to report; analysing its base directory would report the
   * findings of its child modules a second time.
   */
  protected boolean hasSourceRoots() {
    return !sourceRoots().isEmpty();
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
      if (path == null) {
        continue;
      }
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
