package io.github.regexguard.cli;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.baseline.Baseline;
import io.github.regexguard.config.ConfigFile;
import io.github.regexguard.config.Configuration;
import io.github.regexguard.config.ConfigurationException;
import io.github.regexguard.model.Level;
import io.github.regexguard.report.Reporter;
import io.github.regexguard.report.Reporters;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The parsed command line. */
record Options(
    boolean help,
    boolean version,
    boolean quiet,
    List<Reporter> reporters,
    Path outputDirectory,
    Optional<Level> failOn,
    Optional<Path> writeBaseline,
    AnalysisRequest request) {

  static final String USAGE = """
      Usage: java -jar regexguard.jar [options] [PATH...]        (default PATH: .)
             java -jar regexguard.jar install-hook [--force] [options for the hook]

      Finds database queries that defeat their index with regular expressions, case folding
      or leading wildcards, and prints the index-friendly rewrite.

        --format F[,F...]      text (stdout, always unless --quiet), sarif, json, html, markdown
        --output-dir DIR       where report files go (default regexguard-report): regexguard.sarif,
                               regexguard.json, regexguard.html, regexguard.md
        --fail-on LEVEL        error (default) | warning | note | never
        --config FILE          settings file (default: regexguard.yml in the working directory, if present)
        --baseline FILE        findings in the baseline are reported as baselined and do not count
        --write-baseline FILE  write every current finding to FILE as the new baseline (exit 0)
        --changed-since REF    report only files changed since the git revision REF (renames
                               followed, untracked files included); the whole tree is still read
        --staged               report only staged files, reading their staged content (pre-commit)
        --identity-fields L    comma-separated field names to treat as identity fields
        --include-tests        also scan src/test trees
        --threads N            worker threads (default: number of processors)
        --encoding CHARSET     source encoding (default UTF-8)
        --max-file-size SIZE   skip larger files, e.g. 4m or 500k (default 4m)
        --file-timeout S       skip a file whose analysis takes longer (default 10 seconds)
        --follow-links         follow symbolic links inside the scanned directories
        --quiet                no text output
        --version, --help

      Exit: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or
      configuration error; 3 internal failure.

      install-hook writes .git/hooks/pre-commit, which runs regexguard --staged and blocks a
      commit that adds a finding at or above --fail-on; it replaces only a hook it wrote itself,
      unless --force.
      """;

  static Options parse(String[] args, Path workingDirectory) throws UsageException {
    boolean help = false;
    boolean version = false;
    boolean quiet = false;
    List<Reporter> reporters = new ArrayList<>();
    Path outputDirectory = workingDirectory.resolve("regexguard-report");
    Optional<Optional<Level>> failOn = Optional.empty();
    Optional<String> config = Optional.empty();
    AnalysisRequest.Builder request = AnalysisRequest.builder(workingDirectory);
    List<String> identity = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    Optional<Path> writeBaseline = Optional.empty();
    Optional<String> changedSince = Optional.empty();
    boolean staged = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      switch (arg) {
        case "--help", "-h" -> help = true;
        case "--version" -> version = true;
        case "--quiet", "-q" -> quiet = true;
        case "--include-tests" -> request.includeTests(true);
        case "--format" -> {
          value = value != null ? value : next(args, ++i, arg);
          for (String format : value.split(",")) {
            reporters.add(Reporters.named(format)
                .orElseThrow(() -> new UsageException("unknown format '" + format.trim()
                    + "' (expected text, sarif, json, html, markdown)")));
          }
        }
        case "--output-dir" -> outputDirectory = workingDirectory.resolve(value != null ? value : next(args, ++i, arg));
        case "--fail-on" -> failOn = Optional.of(failOn(value != null ? value : next(args, ++i, arg)));
        case "--config" -> config = Optional.of(value != null ? value : next(args, ++i, arg));
        case "--identity-fields" -> identity.addAll(list(value != null ? value : next(args, ++i, arg)));
        case "--threads" -> request.threads(threads(value != null ? value : next(args, ++i, arg)));
        case "--baseline" -> request.baseline(baseline(workingDirectory, value != null ? value : next(args, ++i, arg)));
        case "--write-baseline" ->
            writeBaseline = Optional.of(workingDirectory.resolve(value != null ? value : next(args, ++i, arg)));
        case "--changed-since" -> changedSince = Optional.of(value != null ? value : next(args, ++i, arg));
        case "--staged" -> staged = true;
        case "--encoding" -> request.encoding(charset(value != null ? value : next(args, ++i, arg)));
        case "--max-file-size" -> request.maxFileBytes(size(value != null ? value : next(args, ++i, arg)));
        case "--file-timeout" -> request.fileTimeLimit(seconds(value != null ? value : next(args, ++i, arg)));
        case "--follow-links" -> request.followLinks(true);
        default -> {
          if (arg.startsWith("-") && !arg.equals("-")) {
            throw new UsageException("unknown option " + arg + " (see --help)");
          }
          paths.add(existing(workingDirectory, arg));
        }
      }
    }
    Configuration settings = help || version ? Configuration.EMPTY : configuration(config, workingDirectory);
    settings.applyTo(request);
    request.paths(paths);
    request.identityFields(settings.identityPolicy(identity));
    Optional<Level> threshold = failOn.or(settings::failOn).orElse(Optional.of(Level.ERROR));
    if (staged && changedSince.isPresent()) {
      throw new UsageException("--staged and --changed-since cannot be combined");
    }
    if (!help && !version) {
      GitScope.apply(request, workingDirectory, changedSince, staged);
    }
    return new Options(help, version, quiet, reporters, outputDirectory, threshold, writeBaseline, request.build());
  }

  /** The named settings file, else {@code regexguard.yml} in the working directory if there is one. */
  private static Configuration configuration(Optional<String> named, Path workingDirectory) throws UsageException {
    Path file = workingDirectory.resolve(named.orElse(ConfigFile.DEFAULT_NAME));
    if (named.isEmpty() && !Files.isRegularFile(file)) {
      return Configuration.EMPTY;
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such configuration file: " + named.get());
    }
    try {
      return ConfigFile.read(file, named.orElse(ConfigFile.DEFAULT_NAME));
    } catch (ConfigurationException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static Baseline baseline(Path workingDirectory, String file) throws UsageException {
    try {
      return Baseline.read(workingDirectory.resolve(file));
    } catch (Baseline.InvalidBaselineException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static String next(String[] args, int i, String option) throws UsageException {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new UsageException(option + " needs a value (see --help)");
    }
    return args[i];
  }

  private static Optional<Level> failOn(String value) throws UsageException {
    if (value.equalsIgnoreCase("never")) {
      return Optional.empty();
    }
    return Optional.of(Level.parse(value).orElseThrow(() ->
        new UsageException("--fail-on must be error, warning, note or never, not '" + value + "'")));
  }

  private static int threads(String value) throws UsageException {
    try {
      int n = Integer.parseInt(value.trim());
      if (n < 1 || n > 256) {
        throw new UsageException("--threads must be between 1 and 256, not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--threads needs a number, not '" + value + "'");
    }
  }

  private static Charset charset(String value) throws UsageException {
    try {
      return Charset.forName(value.trim());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--encoding: unknown character set '" + value + "'");
    }
  }

  private static long size(String value) throws UsageException {
    String v = value.trim().toLowerCase(Locale.ROOT);
    long unit = v.endsWith("k") ? 1024 : v.endsWith("m") ? 1024 * 1024 : 1;
    try {
      long n = Long.parseLong(unit == 1 ? v : v.substring(0, v.length() - 1));
      if (n < 1) {
        throw new UsageException("--max-file-size must be positive, not " + value);
      }
      return Math.multiplyExact(n, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new UsageException("--max-file-size needs a size such as 4m or 500k, not '" + value + "'");
    }
  }

  private static Duration seconds(String value) throws UsageException {
    try {
      double s = Double.parseDouble(value.trim());
      if (!(s > 0) || s > 86_400) {
        throw new UsageException("--file-timeout must be between 0 and 86400 seconds, not " + value);
      }
      return Duration.ofMillis(Math.max(1, Math.round(s * 1000)));
    } catch (NumberFormatException e) {
      throw new UsageException("--file-timeout needs a number of seconds, not '" + value + "'");
    }
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static Path existing(Path workingDirectory, String arg) throws UsageException {
    Path path = workingDirectory.resolve(arg).normalize();
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new UsageException("no such file or directory: " + arg);
    }
    return path;
  }
}
