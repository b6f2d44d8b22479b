package io.github.regexguard.maven;

import io.github.regexguard.AnalysisResult;
import io.github.regexguard.baseline.Baseline;
import io.github.regexguard.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes every current finding (except those suppressed in the code) to the baseline file, so that
 * {@code check} fails only on new ones. In a build of several modules the one file covers them all.
 */
@Mojo(name = "baseline", threadSafe = true)
public final class BaselineMojo extends AbstractRegexguardMojo {

  @Override
  protected List<String> defaultFormats() {
    return List.of();
  }

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("regexguard: skipped");
      return;
    }
    AnalysisResult result = analyze(false);
    Optional<ReactorResults> reactor = session != null && session.getProjects().size() > 1
        ? ReactorResults.of(session, "baseline") : Optional.empty();
    AnalysisResult all = reactor.isPresent() ? reactor.get().add(session, project, result, baseDirectory()) : result;
    List<Finding> accepted = new ArrayList<>(all.findings());
    try {
      Path file = Baseline.of(accepted).write(baselinePath());
      String message = "regexguard: wrote " + accepted.size() + " finding" + (accepted.size() == 1 ? "" : "s")
          + " to the baseline " + file;
      if (reactor.isEmpty() || isLastInReactor()) {
        getLog().info(message);
      } else {
        getLog().debug(message);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the baseline " + baselinePath(), e);
    }
  }
}
