package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.regexguard.engine.SourceParser;
import io.github.regexguard.engine.SourceText;
import io.github.regexguard.fold.SourceFacts;
import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every Java source and resource file the project model may learn from. A file is read and parsed
 * only when something must be resolved in it; the most recently resolved files are kept, softly, so
 * the cache gives way before the analysis runs out of memory. Safe for concurrent use.
 */
public final class SourceTree {

  /** The files of the tree, listed the first time something is resolved. */
  public record TreeFiles(List<Path> java, List<Path> resources) {
    public TreeFiles {
      java = List.copyOf(java);
      resources = List.copyOf(resources);
    }
  }

  private static final int MAX_CACHED_UNITS = 256;

  private final Supplier<TreeFiles> lister;
  private volatile Listing listing;
  private final Charset encoding;
  private final long maxFileBytes;
  /** Recently resolved files, most recent last; bounded, and soft, so the cache never holds the heap. */
  private final Map<Path, Reference<Optional<CompilationUnit>>> parsed = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Path, Reference<Optional<CompilationUnit>>> eldest) {
      return size() > MAX_CACHED_UNITS;
    }
  };
  private final ThreadLocal<SourceParser> parsers = ThreadLocal.withInitial(SourceParser::new);

  /** The files and, for Java files, an index by simple name that finds a class's file without parsing. */
  private record Listing(TreeFiles files, Map<String, List<Path>> bySimpleName) {}

  /** @param lister lists the tree's files; called once, when the tree is first used */
  public SourceTree(Supplier<TreeFiles> lister, Charset encoding, long maxFileBytes) {
    this.lister = lister;
    this.encoding = encoding;
    this.maxFileBytes = maxFileBytes;
  }

  public SourceTree(List<Path> javaFiles, List<Path> resourceFiles, Charset encoding, long maxFileBytes) {
    this(() -> new TreeFiles(javaFiles, resourceFiles), encoding, maxFileBytes);
  }

  public List<Path> javaFiles() {
    return listing().files().java();
  }

  /** SQL scripts and XML/YAML files that may be migrations or changelogs. */
  public List<Path> resourceFiles() {
    return listing().files().resources();
  }

  private Listing listing() {
    Listing l = listing;
    if (l == null) {
      synchronized (this) {
        l = listing;
        if (l == null) {
          TreeFiles files = lister.get();
          Map<String, List<Path>> bySimpleName = new HashMap<>();
          for (Path file : files.java()) {
            String name = file.getFileName().toString();
            bySimpleName.computeIfAbsent(name.substring(0, name.length() - ".java".length()), k -> new ArrayList<>())
                .add(file);
          }
          l = new Listing(files, bySimpleName);
          listing = l;
        }
      }
    }
    return l;
  }

  /** The decoded text of a file, or empty when it cannot be read, is too large or is not text. */
  public Optional<String> read(Path file) {
    try {
      if (Files.size(file) > maxFileBytes) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      return SourceText.looksBinary(bytes) ? Optional.empty() : Optional.of(SourceText.decode(bytes, encoding));
    } catch (IOException | SourceText.DecodingException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The parsed file, from the cache when it is still there. */
  public Optional<CompilationUnit> parse(Path file) {
    Reference<Optional<CompilationUnit>> cached;
    synchronized (parsed) {
      cached = parsed.get(file);
    }
    Optional<CompilationUnit> unit = cached == null ? null : cached.get();
    if (unit == null) {
      unit = parseUncached(file);
      synchronized (parsed) {
        parsed.put(file, new SoftReference<>(unit));
      }
    }
    return unit;
  }

  /**
   * Keeps a file the scan has parsed (and is done walking), so that a lookup in it soon after does
   * not parse it again. Weakly: the scan parses many files, and holding them until memory runs low
   * would fill the heap with syntax trees.
   */
  public void offer(Path file, CompilationUnit unit) {
    synchronized (parsed) {
      parsed.put(file, new WeakReference<>(Optional.of(unit)));
    }
  }

  private Optional<CompilationUnit> parseUncached(Path file) {
    try {
      Optional<CompilationUnit> unit = read(file).flatMap(text -> parsers.get().parse(text).unit());
      unit.ifPresent(u -> u.setStorage(file));
      return unit;
    } catch (StackOverflowError | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The type that {@code written} (a simple, nested or qualified name as written in {@code from})
   * denotes, if it is declared in the tree.
   */
  public Optional<TypeDeclaration<?>> type(CompilationUnit from, String written) {
    String name = stripGenerics(written);
    int dot = name.indexOf('.');
    String first = dot < 0 ? name : name.substring(0, dot);
    String rest = dot < 0 ? "" : name.substring(dot);
    for (TypeDeclaration<?> declared : from.findAll(TypeDeclaration.class)) {
      if (declared.getNameAsString().equals(first)) {
        Optional<TypeDeclaration<?>> found = nested(declared, rest);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    for (String candidate : SourceFacts.importsOf(from).typeCandidates(first)) {
      Optional<TypeDeclaration<?>> found = typeByQualifiedName(candidate + rest);
      if (found.isPresent()) {
        return found;
      }
    }
    return dot < 0 ? Optional.empty() : typeByQualifiedName(name);
  }

  /** The type with this fully qualified name ({@code com.acme.User}, {@code com.acme.User.Fields}). */
  public Optional<TypeDeclaration<?>> typeByQualifiedName(String qualifiedName) {
    String[] segments = qualifiedName.split("\\.");
    for (int top = segments.length; top >= 1; top--) {
      String simple = segments[top - 1];
      String suffix = "/" + String.join("/", java.util.Arrays.asList(segments).subList(0, top)) + ".java";
      String pkg = String.join(".", java.util.Arrays.asList(segments).subList(0, top - 1));
      StringBuilder rest = new StringBuilder();
      for (int i = top; i < segments.length; i++) {
        rest.append('.').append(segments[i]);
      }
      for (Path file : listing().bySimpleName().getOrDefault(simple, List.of())) {
        if (!file.toString().replace('\\', '/').endsWith(suffix) && !(top == 1 && pkg.isEmpty())) {
          continue;
        }
        Optional<CompilationUnit> unit = parse(file);
        if (unit.isEmpty() || !SourceFacts.importsOf(unit.get()).packageName().equals(pkg)) {
          continue;
        }
        for (TypeDeclaration<?> type : unit.get().getTypes()) {
          if (type.getNameAsString().equals(simple)) {
            Optional<TypeDeclaration<?>> found = nested(type, rest.toString());
            if (found.isPresent()) {
              return found;
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a Java file of this simple name exists in the tree (a cheap test that parses nothing). */
  public boolean declaresFileFor(String simpleName) {
    return listing().bySimpleName().containsKey(simpleName);
  }

  /** The file's name and the line, {@code User.java:14}: how catalog entries cite their source. */
  public static String cite(CompilationUnit unit, int line) {
    String file = unit.getStorage().map(s -> s.getPath().getFileName().toString()).orElse("?");
    return file + ":" + line;
  }

  private static Optional<TypeDeclaration<?>> nested(TypeDeclaration<?> type, String rest) {
    TypeDeclaration<?> current = type;
    for (String segment : rest.isEmpty() ? new String[0] : rest.substring(1).split("\\.")) {
      TypeDeclaration<?> next = null;
      for (BodyDeclaration<?> member : current.getMembers()) {
        if (member instanceof TypeDeclaration<?> inner && inner.getNameAsString().equals(segment)) {
          next = inner;
        }
      }
      if (next == null) {
        return Optional.empty();
      }
      current = next;
    }
    return Optional.of(current);
  }

  private static String stripGenerics(String written) {
    int angle = written.indexOf('<');
    return (angle < 0 ? written : written.substring(0, angle)).trim();
  }
}
