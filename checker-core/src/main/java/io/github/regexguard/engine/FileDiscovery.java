package io.github.regexguard.engine;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.model.ProcessingError;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the Java files to scan: under the requested paths, matching includes and not excludes,
 * outside {@code src/test} unless tests are included. Symbolic links are not followed.
 */
public final class FileDiscovery {

  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules");

  private final AnalysisRequest request;
  private final List<PathMatcher> includes = new ArrayList<>();
  private final List<PathMatcher> excludes = new ArrayList<>();
  private final List<ProcessingError> errors = new ArrayList<>();

  public FileDiscovery(AnalysisRequest request) {
    this.request = request;
    request.includes().forEach(g -> includes.add(FileSystems.getDefault().getPathMatcher("glob:" + g)));
    request.excludes().forEach(g -> excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + g)));
  }

  /** The files, sorted, without duplicates. */
  public List<Path> discover() {
    Set<Path> found = new TreeSet<>();
    for (Path root : request.paths()) {
      Path absolute = request.baseDirectory().resolve(root).normalize();
      if (Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
        found.add(absolute);
      } else if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
        walk(absolute, found);
      }
    }
    return List.copyOf(found);
  }

  public List<ProcessingError> errors() {
    return List.copyOf(errors);
  }

  private void walk(Path root, Set<Path> found) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          if (!dir.equals(root) && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (!request.includeTests() && isTestTree(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java") && selected(file)) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          errors.add(new ProcessingError(relative(file), 0, "cannot read: " + describe(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      errors.add(new ProcessingError(relative(root), 0, "cannot read: " + describe(e)));
    }
  }

  /** A {@code src/test} directory of a Maven or Gradle layout. */
  static boolean isTestTree(Path dir) {
    Path name = dir.getFileName();
    Path parent = dir.getParent();
    return name != null && parent != null && parent.getFileName() != null
        && name.toString().equals("test") && parent.getFileName().toString().equals("src");
  }

  private boolean selected(Path file) {
    Path rel = request.baseDirectory().relativize(file);
    if (!includes.isEmpty() && includes.stream().noneMatch(m -> m.matches(rel))) {
      return false;
    }
    return excludes.stream().noneMatch(m -> m.matches(rel));
  }

  private String relative(Path file) {
    return PathNames.relative(request.baseDirectory(), file);
  }

  private static String describe(IOException e) {
    String type = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? type : type + " " + e.getMessage();
  }
}
