package io.github.regexguard;

import io.github.regexguard.baseline.Baseline;
import io.github.regexguard.engine.SourceProvider;
import io.github.regexguard.model.Level;
import io.github.regexguard.resolve.IdentityFields;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to analyse and how. Build with {@link #builder(Path)}.
 *
 * @param baseDirectory report paths are relative to it (the SARIF {@code %SRCROOT%})
 * @param paths files and directories to scan
 * @param includes glob patterns a file must match (relative to the base directory); empty means all
 * @param excludes glob patterns that remove files
 * @param includeTests whether {@code src/test} trees are scanned
 * @param threads worker threads for parsing and analysis
 * @param identityFields the identity-field policy
 * @param indexedFields {@code collection.field} / {@code table.column} known to be indexed
 * @param ruleLevels per-rule level overrides; an empty value turns the rule off
 * @param encoding the source encoding
 * @param maxFileBytes files larger than this are reported as processing errors and skipped
 * @param fileTimeLimit a file whose analysis takes longer is reported as a processing error and skipped
 * @param followLinks whether symbolic links met while walking directories are followed (paths given
 *     explicitly are always followed)
 * @param knowledgeRoots directories whose sources and resources feed the project model (entities,
 *     constants, indexes) but whose findings are not reported, e.g. the other modules of a reactor
 * @param sqlDialect the SQL dialect of the project's database, when configured
 * @param reportOnly when present, findings are reported only for these files (absolute paths); the
 *     rest of the tree is still scanned for what it tells about constants, entities and indexes
 * @param sources where file content is read (the file system, or staged content)
 * @param baseline accepted findings that are reported as baselined and do not count
 */
public record AnalysisRequest(
    Path baseDirectory,
    List<Path> paths,
    List<String> includes,
    List<String> excludes,
    boolean includeTests,
    int threads,
    IdentityFields identityFields,
    Set<String> indexedFields,
    Map<String, Optional<Level>> ruleLevels,
    Charset encoding,
    long maxFileBytes,
    Duration fileTimeLimit,
    boolean followLinks,
    List<Path> knowledgeRoots,
    Optional<SqlDialect> sqlDialect,
    Optional<Set<Path>> reportOnly,
    SourceProvider sources,
    Optional<Baseline> baseline) {

  public static final long DEFAULT_MAX_FILE_BYTES = 4L * 1024 * 1024;
  public static final Duration DEFAULT_FILE_TIME_LIMIT = Duration.ofSeconds(10);

  public AnalysisRequest {
    paths = List.copyOf(paths);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    indexedFields = Set.copyOf(indexedFields);
    ruleLevels = Map.copyOf(ruleLevels);
    knowledgeRoots = List.copyOf(knowledgeRoots);
    reportOnly = reportOnly.map(Set::copyOf);
  }

  /** Whether findings in {@code file} are reported (see {@link #reportOnly}). */
  public boolean reports(Path file) {
    return reportOnly.isEmpty() || reportOnly.get().contains(file.toAbsolutePath().normalize());
  }

  public static Builder builder(Path baseDirectory) {
    return new Builder(baseDirectory);
  }

  /** Collects the options of a request; every option has a sensible default. */
  public static final class Builder {
    private final Path baseDirectory;
    private final List<Path> paths = new ArrayList<>();
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private boolean includeTests;
    private int threads = Runtime.getRuntime().availableProcessors();
    private IdentityFields identityFields = IdentityFields.defaults();
    private final Set<String> indexedFields = new LinkedHashSet<>();
    private final Map<String, Optional<Level>> ruleLevels = new LinkedHashMap<>();
    private Charset encoding = StandardCharsets.UTF_8;
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
    private Duration fileTimeLimit = DEFAULT_FILE_TIME_LIMIT;
    private boolean followLinks;
    private final List<Path> knowledgeRoots = new ArrayList<>();
    private Optional<SqlDialect> sqlDialect = Optional.empty();
    private Optional<Set<Path>> reportOnly = Optional.empty();
    private SourceProvider sources = SourceProvider.FILE_SYSTEM;
    private Optional<Baseline> baseline = Optional.empty();

    private Builder(Path baseDirectory) {
      this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    public Builder path(Path path) {
      paths.add(path);
      return this;
    }

    public Builder paths(List<Path> more) {
      paths.addAll(more);
      return this;
    }

    public Builder includes(List<String> globs) {
      includes.addAll(globs);
      return this;
    }

    public Builder excludes(List<String> globs) {
      excludes.addAll(globs);
      return this;
    }

    public Builder includeTests(boolean on) {
      includeTests = on;
      return this;
    }

    public Builder threads(int count) {
      threads = Math.max(1, count);
      return this;
    }

    public Builder identityFields(IdentityFields policy) {
      identityFields = policy;
      return this;
    }

    public Builder indexedFields(Set<String> fields) {
      indexedFields.addAll(fields);
      return this;
    }

    /** Sets a rule's level; {@code Optional.empty()} turns it off. */
    public Builder ruleLevel(String ruleId, Optional<Level> level) {
      ruleLevels.put(ruleId, level);
      return this;
    }

    public Builder encoding(Charset charset) {
      encoding = charset;
      return this;
    }

    public Builder maxFileBytes(long bytes) {
      maxFileBytes = bytes;
      return this;
    }

    /** How long one file may take before it is skipped with a processing error; must be positive. */
    public Builder fileTimeLimit(Duration limit) {
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("the file time limit must be positive, not " + limit);
      }
      fileTimeLimit = limit;
      return this;
    }

    public Builder followLinks(boolean on) {
      followLinks = on;
      return this;
    }

    /** Directories the model learns from without reporting their findings. */
    public Builder knowledgeRoots(List<Path> roots) {
      knowledgeRoots.addAll(roots);
      return this;
    }

    public Builder sqlDialect(SqlDialect dialect) {
      sqlDialect = Optional.of(dialect);
      return this;
    }

    /** Reports findings only for {@code files}; the whole tree is still scanned for knowledge. */
    public Builder reportOnly(Set<Path> files) {
      Set<Path> normalised = new LinkedHashSet<>();
      files.forEach(f -> normalised.add(baseDirectory.resolve(f).toAbsolutePath().normalize()));
      reportOnly = Optional.of(normalised);
      return this;
    }

    public Builder sources(SourceProvider provider) {
      sources = provider;
      return this;
    }

    public Builder baseline(Baseline accepted) {
      baseline = Optional.of(accepted);
      return this;
    }

    public AnalysisRequest build() {
      List<Path> roots = paths.isEmpty() ? List.of(baseDirectory) : paths;
      return new AnalysisRequest(baseDirectory, roots, includes, excludes, includeTests, threads,
          identityFields, indexedFields, ruleLevels, encoding, maxFileBytes, fileTimeLimit, followLinks, knowledgeRoots,
          sqlDialect, reportOnly, sources, baseline);
    }
  }
}
