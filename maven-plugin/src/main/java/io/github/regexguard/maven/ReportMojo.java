package io.github.regexguard.maven;

import io.github.regexguard.AnalysisResult;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the reports (SARIF, JSON, HTML, Markdown by default) and never fails the build because of
 * findings: for reviewers and CI summaries, next to or instead of {@code check}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ReportMojo extends AbstractRegexguardMojo {

  @Override
  protected List<String> defaultFormats() {
    return List.of("sarif", "json", "html", "markdown");
  }

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("regexguard: skipped");
      return;
    }
    AnalysisResult result = analyze(true);
    log(result);
    writeReports(result);
  }
}
