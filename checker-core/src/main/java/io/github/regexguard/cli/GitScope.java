package io.github.regexguard.cli;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.engine.SourceProvider;
import io.github.regexguard.git.Git;
import io.github.regexguard.git.GitException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** {@code --changed-since} and {@code --staged}: which files are reported, and from which content. */
final class GitScope {

  private GitScope() {}

  static void apply(AnalysisRequest.Builder request, Path workingDirectory, Optional<String> changedSince,
      boolean staged) throws UsageException {
    try {
      if (changedSince.isPresent()) {
        request.reportOnly(Git.at(workingDirectory).changedSince(changedSince.get()));
      } else if (staged) {
        Map<Path, byte[]> contents = Git.at(workingDirectory).stagedContents(".java");
        request.reportOnly(contents.keySet()).sources(SourceProvider.overlay(contents));
      }
    } catch (GitException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
