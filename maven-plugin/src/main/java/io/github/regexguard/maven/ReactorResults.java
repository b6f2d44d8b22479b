package io.github.regexguard.maven;

import io.github.regexguard.AnalysisResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;

/**
 * The results of every module of one build, kept in memory for the build's session so that the
 * top-level project gets one report over all modules without any report being read back.
 */
final class ReactorResults {

  private final Map<String, AnalysisResult> byModule = new LinkedHashMap<>();

  /** The build's collection for {@code kind}, or empty when the session cannot hold one. */
  static Optional<ReactorResults> of(MavenSession session, String kind) {
    if (session == null || session.getRepositorySession() == null) {
      return Optional.empty();
    }
    SessionData data = session.getRepositorySession().getData();
    String key = ReactorResults.class.getName() + "/" + kind;
    data.set(key, null, new ReactorResults());
    Object shared = data.get(key);
    // A module whose plugin has other dependencies gets another class realm: it cannot share.
    return shared instanceof ReactorResults results ? Optional.of(results) : Optional.empty();
  }

  /**
   * Adds (or replaces) a module's result and returns the merged result of all modules so far, in
   * reactor order.
   */
  synchronized AnalysisResult add(MavenSession session, MavenProject module, AnalysisResult result, Path baseDirectory) {
    byModule.put(module.getId(), result);
    List<AnalysisResult> ordered = new ArrayList<>();
    for (MavenProject project : session.getProjects()) {
      AnalysisResult part = byModule.get(project.getId());
      if (part != null) {
        ordered.add(part);
      }
    }
    return AnalysisResult.merge(baseDirectory, ordered);
  }

  synchronized int size() {
    return byModule.size();
  }
}
