package io.github.regexguard.engine;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.resolve.SourceTree;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists the files the project model learns from: every Java source and every SQL, XML and YAML
 * resource under the scanned paths and the knowledge roots. A path inside a Maven or Gradle source
 * root ({@code src/main/java}) stands for the whole root and its {@code resources} sibling, so a scan
 * of one directory or file still sees the entities and migrations beside it. Includes and excludes
 * do not apply: they choose what is reported, not what the database is.
 */
final class KnowledgeDiscovery {

  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules");
  private static final List<String> RESOURCE_SUFFIXES = List.of(".sql", ".xml", ".yaml", ".yml");

  private final AnalysisRequest request;

  KnowledgeDiscovery(AnalysisRequest request) {
    this.request = request;
  }

  SourceTree.TreeFiles discover() {
    Set<Path> roots = new LinkedHashSet<>();
    for (Path path : request.paths()) {
      roots.addAll(widen(request.baseDirectory().resolve(path).normalize()));
    }
    for (Path path : request.knowledgeRoots()) {
      roots.addAll(widen(request.baseDirectory().resolve(path).normalize()));
    }
    Set<Path> java = new TreeSet<>();
    Set<Path> resources = new TreeSet<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root, LinkOption.NOFOLLOW_LINKS)) {
        add(root, java, resources);
      } else if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
        walk(root, java, resources);
      }
    }
    return new SourceTree.TreeFiles(List.copyOf(java), List.copyOf(resources));
  }

  /** {@code .../src/main/java[/...]} becomes {@code .../src/main/java} and {@code .../src/main/resources}. */
  static List<Path> widen(Path path) {
    for (Path p = path; p != null && p.getParent() != null && p.getParent().getParent() != null; p = p.getParent()) {
      Path sourceSet = p.getParent();
      if (p.getFileName().toString().equals("java") && sourceSet.getParent().getFileName() != null
          && sourceSet.getParent().getFileName().toString().equals("src")) {
        return List.of(p, sourceSet.resolve("resources"));
      }
    }
    return List.of(path);
  }

  private void walk(Path root, Set<Path> java, Set<Path> resources) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          boolean skipped = name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name)
              || (!request.includeTests() && FileDiscovery.isTestTree(dir));
          return !dir.equals(root) && skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile()) {
            add(file, java, resources);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // what cannot be listed cannot teach; the scan itself reports unreadable files
    }
  }

  private static void add(Path file, Set<Path> java, Set<Path> resources) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".java")) {
      java.add(file);
    } else if (RESOURCE_SUFFIXES.stream().anyMatch(name::endsWith) && !name.equals("pom.xml")) {
      resources.add(file);
    }
  }
}
