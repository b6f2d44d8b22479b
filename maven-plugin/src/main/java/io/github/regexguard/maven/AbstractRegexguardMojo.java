package io.github.regexguard.maven;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.baseline.Baseline;
import io.github.regexguard.config.ConfigFile;
import io.github.regexguard.config.Configuration;
import io.github.regexguard.config.ConfigurationException;
import io.github.regexguard.engine.PathNames;
import io.github.regexguard.git.Git;
import io.github.regexguard.git.GitException;
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

  static final String DEFAULT_BASELINE = "regexguard-baseline.json";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /** Skip regexguard. */
  @Parameter(property = "regexguard.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * Report files to write besides the build log: {@code sarif}, {@code json}, {@code html},
   * {@code markdown}. Default: {@code sarif} for {@code check}, all four for {@code report}.
   */
  @Parameter(property = "regexguard.formats")
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
   * Findings in this baseline are reported as baselined and do not count. Default:
   * {@code regexguard-baseline.json} in the top-level project's directory, when it exists.
   */
  @Parameter(property = "regexguard.baselineFile")
  protected File baselineFile;

  /** Report only files changed since this git revision (renames followed, untracked files included). */
  @Parameter(property = "regexguard.changedSince")
  protected String changedSince;

  /**
   * {@code collection.field} or {@code table.column} names known to be indexed where the source tree
   * does not declare the index.
   */
  @Parameter(property = "regexguard.indexedFields")
  protected List<String> indexedFields;

  /**
   * The settings file ({@code regexguard.yml} format). Default: {@code regexguard.yml} in the module,
   * else in the top-level project's directory, if present. The plugin's own parameters win over it.
   */
  @Parameter(property = "regexguard.configFile")
  protected File configFile;

  /** The settings file's content, read by {@link #analyze(boolean)}. */
  protected Configuration configuration = Configuration.EMPTY;

  /** Print each finding in the build log. */
  @Parameter(property = "regexguard.printFindings", defaultValue = "true")
  protected boolean printFindings;

  @Parameter(defaultValue = "${project.build.sourceEncoding}", readonly = true)
  protected String sourceEncoding;

  /** The formats this goal writes when {@code formats} is not configured. */
  protected abstract List<String> defaultFormats();

  /**
   * Runs the analysis over the module's source roots, with the baseline when one applies. Index
   * knowledge comes from every module of the reactor; findings are reported for this module only.
   */
  protected AnalysisResult analyze(boolean useBaseline) throws MojoExecutionException {
    configuration = readConfiguration();
    AnalysisRequest.Builder request = AnalysisRequest.builder(baseDirectory());
    configuration.applyTo(request);
    request.paths(sourceRoots())
        .knowledgeRoots(knowledgeRoots())
        .includes(moduleGlobs(includes))
        .excludes(moduleGlobs(excludes))
        .includeTests(includeTests)
        .identityFields(configuration.identityPolicy(nonNull(identityFields)))
        .indexedFields(new LinkedHashSet<>(nonNull(indexedFields)))
        .encoding(encoding());
    if (useBaseline) {
      baseline().ifPresent(request::baseline);
    }
    if (changedSince != null && !changedSince.isBlank()) {
      try {
        request.reportOnly(Git.at(project.getBasedir().toPath()).changedSince(changedSince.trim()));
      } catch (GitException e) {
        throw new MojoExecutionException("regexguard: changedSince: " + e.getMessage());
      }
    }
    return Analyzer.analyze(request.build());
  }

  /**
   * Writes the module's reports and, in a build of several modules, the reports over every module
   * so far at the top-level project: the last module to finish leaves the complete ones.
   */
  protected void writeReports(AnalysisResult result) throws MojoExecutionException {
    List<Reporter> reporters = reporters();
    boolean multiModule = session != null && session.getProjects().size() > 1;
    if (!multiModule || !isTopLevel()) {
      write(reporters, result, outputDirectory.toPath());
    }
    if (multiModule) {
      Optional<ReactorResults> reactor = ReactorResults.of(session, "reports");
      if (reactor.isPresent()) {
        AnalysisResult all = reactor.get().add(session, project, result, baseDirectory());
        Path top = Path.of(topLevel().getBuild().getDirectory(), "regexguard");
        write(reporters, all, top);
        if (isLastInReactor()) {
          getLog().info("regexguard: reports over " + reactor.get().size() + " modules in " + top);
        }
      }
    }
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

  /** Report paths are relative to the top-level project, so that one report can cover every module. */
  protected Path baseDirectory() {
    return topLevel().getBasedir().toPath();
  }

  /** The configured baseline file, or the default one at the top-level project. */
  protected Path baselinePath() {
    return baselineFile != null ? baselineFile.toPath() : baseDirectory().resolve(DEFAULT_BASELINE);
  }

  protected boolean isLastInReactor() {
    List<MavenProject> projects = session == null ? List.of() : session.getProjects();
    return projects.isEmpty() || projects.get(projects.size() - 1).getId().equals(project.getId());
  }

  private Optional<Baseline> baseline() throws MojoExecutionException {
    Path file = baselinePath();
    if (baselineFile == null && !Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Baseline.read(file));
    } catch (Baseline.InvalidBaselineException e) {
      throw new MojoExecutionException("regexguard: " + e.getMessage());
    }
  }

  private MavenProject topLevel() {
    MavenProject top = session == null ? null : session.getTopLevelProject();
    return top != null && top.getBasedir() != null ? top : project;
  }

  private boolean isTopLevel() {
    return topLevel().getId().equals(project.getId());
  }

  private List<Reporter> reporters() throws MojoExecutionException {
    List<String> names = formats == null || formats.isEmpty() ? defaultFormats() : formats;
    List<Reporter> reporters = new ArrayList<>();
    for (String format : names) {
      if (format.isBlank() || format.trim().equalsIgnoreCase("text") || format.trim().equalsIgnoreCase("console")) {
        continue;
      }
      reporters.add(Reporters.named(format).orElseThrow(() ->
          new MojoExecutionException("unknown report format '" + format.trim()
              + "' (expected sarif, json, html, markdown)")));
    }
    return reporters;
  }

  private void write(List<Reporter> reporters, AnalysisResult result, Path directory) throws MojoExecutionException {
    for (Reporter reporter : reporters) {
      try {
        Path written = ReportWriter.write(reporter, result, directory);
        getLog().debug("regexguard: wrote " + written);
      } catch (IOException e) {
        throw new MojoExecutionException("cannot write the " + reporter.format() + " report to " + directory, e);
      }
    }
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
      return ConfigFile.read(file.get(), PathNames.relative(baseDirectory(), file.get()));
    } catch (ConfigurationException e) {
      throw new MojoExecutionException("regexguard: " + e.getMessage());
    }
  }

  private Optional<Path> defaultConfigFile() {
    return List.of(project.getBasedir().toPath(), baseDirectory()).stream()
        .map(dir -> dir.resolve(ConfigFile.DEFAULT_NAME))
        .filter(Files::isRegularFile)
        .findFirst();
  }

  /** The source roots and resource directories of every module of the reactor, this one's resources too. */
  private List<Path> knowledgeRoots() {
    List<Path> roots = new ArrayList<>();
    List<MavenProject> reactor = session == null || session.getProjects() == null ? List.of(project) : session.getProjects();
    for (MavenProject module : reactor) {
      if (!module.getId().equals(project.getId())) {
        addExisting(roots, module.getCompileSourceRoots());
      }
      addExisting(roots, module.getResources().stream().map(Resource::getDirectory).toList());
      if (includeTests) {
        addExisting(roots, module.getTestCompileSourceRoots());
      }
    }
    return roots;
  }

  private List<Path> sourceRoots() {
    List<Path> roots = new ArrayList<>();
    addExisting(roots, project.getCompileSourceRoots());
    if (includeTests) {
      addExisting(roots, project.getTestCompileSourceRoots());
    }
    if (roots.isEmpty()) {
      // No sources (e.g. a parent pom): name the absent source directory, so that nothing is scanned
      // rather than the analyzer's default, the whole base directory with every module in it.
      roots.add(Path.of(project.getBuild().getSourceDirectory()));
    }
    return roots;
  }

  /** Globs are written relative to the module; the analyzer matches them against top-level paths. */
  private List<String> moduleGlobs(List<String> globs) {
    String module = baseDirectory().relativize(project.getBasedir().toPath()).toString().replace('\\', '/');
    List<String> out = new ArrayList<>();
    for (String glob : nonNull(globs)) {
      out.add(module.isEmpty() || glob.startsWith("**") ? glob : module + "/" + glob);
    }
    return out;
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
