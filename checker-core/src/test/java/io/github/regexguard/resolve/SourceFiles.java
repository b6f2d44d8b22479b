package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import io.github.regexguard.model.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A small source tree written into a temporary directory, and the model learned from it. */
final class SourceFiles {

  private final Path root;
  private final List<Path> java = new ArrayList<>();
  private final List<Path> resources = new ArrayList<>();

  SourceFiles(Path root) {
    this.root = root;
  }

  /** Adds {@code src/main/java/<path>} (or a resource when the path does not end in .java). */
  SourceFiles with(String path, String text) {
    boolean isJava = path.endsWith(".java");
    Path file = root.resolve(isJava ? "src/main/java" : "src/main/resources").resolve(path);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    (isJava ? java : resources).add(file);
    return this;
  }

  SourceTree tree() {
    return new SourceTree(java, resources, StandardCharsets.UTF_8, 1 << 20);
  }

  ProjectModel model() {
    return ProjectModel.of(tree(), IdentityFields.defaults(), Set.of(), Optional.empty());
  }

  IndexCatalog catalog() {
    SourceTree tree = tree();
    TreeConstants constants = new TreeConstants(tree);
    io.github.regexguard.fold.ExpressionFolder folder = new io.github.regexguard.fold.ExpressionFolder(constants);
    return new CatalogBuilder(tree, new TreeEntities(tree, folder), folder).get();
  }

  /** The parsed file at {@code src/main/java/<path>}. */
  CompilationUnit unit(SourceTree tree, String path) {
    return tree.parse(root.resolve("src/main/java").resolve(path)).orElseThrow();
  }

  /** The initializer of the field {@code name} in the file, the expression a front end would see. */
  static Expression initializerOf(CompilationUnit unit, String name) {
    return unit.findAll(com.github.javaparser.ast.body.VariableDeclarator.class).stream()
        .filter(v -> v.getNameAsString().equals(name)).findFirst().orElseThrow().getInitializer().orElseThrow();
  }

  static String describe(List<IndexEntry> entries) {
    List<String> lines = new ArrayList<>();
    for (IndexEntry e : entries) {
      lines.add((e.store() == Store.SQL ? "sql " : "mongo ") + e.owner() + "." + e.field() + " " + e.kind()
          + (e.unique() ? " unique" : "") + " @" + e.position() + e.collation().map(c -> " collation=" + c).orElse("")
          + e.expression().map(x -> " expr=" + x).orElse("") + " (" + e.declaredAt() + ")");
    }
    return String.join("\n", lines);
  }
}
