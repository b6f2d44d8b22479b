package io.github.regexguard.maven;

import io.github.regexguard.AnalysisResult;
import io.github.regexguard.model.Level;
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

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("regexguard: skipped");
      return;
    }
    Optional<Level> parameter = failOn == null ? Optional.empty() : threshold(failOn);
    if (!hasSourceRoots()) {
      getLog().info("regexguard: no source roots, nothing to check");
      return;
    }
    AnalysisResult result = analyze();
    Optional<Level> threshold = failOn != null ? parameter : configuration.failOn().orElse(Optional.of(Level.ERROR));
    log(result);
    if (threshold.isEmpty()) {
      return;
    }
    long failing = result.countAtLeast(threshold.get());
    if (failing > 0) {
      throw new MojoFailureException("regexguard found " + failing + " finding" + (failing == 1 ? "" : "s")
          + " at or above " + threshold.get().id() + "; see the rewrites above (reports in " + outputDirectory + ")");
    }
  }
}
