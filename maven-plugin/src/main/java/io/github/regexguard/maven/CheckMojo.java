package io.github.regexguard.maven;

import io.github.regexguard.AnalysisResult;
import io.github.regexguard.model.Level;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Fails the build when a query defeats its index: {@code mvn verify} runs it. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractRegexguardMojo {

  /**
   * The least severe level that fails the build: {@code error}, {@code warning}, {@code note} or
   * {@code never}. Default: the configuration file's {@code failOn}, else {@code error}.
   */
  @Parameter(property = "regexguard.failOn")
  private String failOn;

  /** How many findings at or above {@code failOn} a module may have before the build fails. */
  @Parameter(property = "regexguard.maxAllowedViolations", defaultValue = "0")
  private int maxAllowedViolations;

  @Override
  protected List<String> defaultFormats() {
    return List.of("sarif");
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("regexguard: skipped");
      return;
    }
    Optional<Level> parameter = failOn == null ? Optional.empty() : threshold(failOn);
    if (maxAllowedViolations < 0) {
      throw new MojoExecutionException("maxAllowedViolations must not be negative, not " + maxAllowedViolations);
    }
    AnalysisResult result = analyze(true);
    Optional<Level> threshold = failOn != null ? parameter : configuration.failOn().orElse(Optional.of(Level.ERROR));
    log(result);
    writeReports(result);
    if (threshold.isEmpty()) {
      return;
    }
    long failing = result.countAtLeast(threshold.get());
    String found = "regexguard found " + failing + " finding" + (failing == 1 ? "" : "s") + " at or above "
        + threshold.get().id();
    if (failing > maxAllowedViolations) {
      throw new MojoFailureException(found + (maxAllowedViolations > 0 ? ", more than the " + maxAllowedViolations
          + " allowed" : "") + "; see the rewrites above (reports in " + outputDirectory + ")");
    }
    if (failing > 0) {
      getLog().warn(found + ", within maxAllowedViolations (" + maxAllowedViolations + ")");
    }
  }
}
