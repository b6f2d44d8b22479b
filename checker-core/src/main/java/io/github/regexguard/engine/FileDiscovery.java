package io.github.regexguard.engine;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.model.ProcessingError;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the Java files to scan: under the requested paths, matching includes and not excludes,
 * outside {@code src/test} unless tests are included. Symbolic links inside the scanned directories
 * are not followed unless asked ({@link AnalysisRequest#followLinks()}); a link loop is then a processing error.
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
      // A path given explicitly is taken even when it is a link; links met inside it are not followed.
      if (Files.isRegularFile(absolute)) {
        found.add(absolute);
      } else if (Files.isDirectory(absolute)) {
        walk(absolute, found);
      }
    }
    return List.copyOf(found);
  }

  public List<ProcessingError> errors() {
    return List.copyOf(errors);
  }

  private void walk(Path root, Set<Path> found) {
    Path start;
    try {
      start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    } catch (IOException e) {
      errors.add(new ProcessingError(relative(root), 0, "cannot read: " + describe(e)));
      return;
    }
    Set<FileVisitOption> options =
        request.followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
    try {
      Files.walkFileTree(start, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          if (!dir.equals(start) && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (!request.includeTests() && isTestTree(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          Path named = root.resolve(start.relativize(file));
          if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java") && selected(named)) {
            found.add(named);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          errors.add(new ProcessingError(relative(root.resolve(start.relativize(file))), 0, "cannot read: " + describe(e)));
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
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic-link loop, not followed";
    }
    return e.getClass().getSimpleName().replace("Exception", "");
  }
}
