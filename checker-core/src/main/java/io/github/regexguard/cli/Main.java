package io.github.regexguard.cli;

import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.baseline.Baseline;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.ProcessingError;
import io.github.regexguard.report.ReportWriter;
import io.github.regexguard.report.Reporter;
import io.github.regexguard.report.TextReporter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line: {@code java -jar regexguard.jar [options] [PATH...]}.
 *
 * <p>Exit codes: 0 nothing at or above {@code --fail-on}; 1 findings at or above it; 2 usage or
 * configuration error; 3 internal failure.
 */
public final class Main {

  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  private final PrintStream out;
  private final PrintStream err;
  private final Path workingDirectory;

  public Main(PrintStream out, PrintStream err, Path workingDirectory) {
    this.out = out;
    this.err = err;
    this.workingDirectory = workingDirectory;
  }

  public static void main(String[] args) {
    int code = new Main(System.out, System.err, Path.of("").toAbsolutePath()).run(args);
    System.out.flush();
    System.exit(code);
  }

  /** Runs the command and returns its exit code; never throws. */
  public int run(String[] args) {
    try {
      if (args.length > 0 && args[0].equals("install-hook")) {
        return installHook(args);
      }
      Options options = Options.parse(args, workingDirectory);
      if (options.help()) {
        out.print(Options.USAGE);
        return OK;
      }
      if (options.version()) {
        out.println("regexguard " + Analyzer.version());
        return OK;
      }
      return scan(options);
    } catch (UsageException e) {
      err.println("regexguard: " + e.getMessage());
      return USAGE;
    } catch (RuntimeException | IOException | Error e) {
      err.println("regexguard: internal error (" + e.getClass().getSimpleName() + "); details in " + crashLog(e));
      return INTERNAL;
    }
  }

  private int scan(Options options) throws IOException {
    AnalysisResult result = Analyzer.analyze(options.request());
    if (!options.quiet()) {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      new TextReporter().write(result, writer);
      writer.flush();
    }
    for (ProcessingError error : result.errors()) {
      err.println("regexguard: " + error.describe());
    }
    for (Reporter reporter : options.reporters()) {
      if (!reporter.format().equals("text")) {
        ReportWriter.write(reporter, result, options.outputDirectory());
      }
    }
    if (options.writeBaseline().isPresent()) {
      List<Finding> accepted = new ArrayList<>(result.findings());
      accepted.addAll(result.baseline().baselined());
      Path file = Baseline.of(accepted).write(options.writeBaseline().get());
      err.println("regexguard: wrote " + accepted.size() + " finding" + (accepted.size() == 1 ? "" : "s")
          + " to the baseline " + file);
      return OK;
    }
    boolean failed = options.failOn().isPresent() && result.countAtLeast(options.failOn().get()) > 0;
    return failed ? FINDINGS : OK;
  }

  /** {@code install-hook [--force] [options for the hook]}. */
  private int installHook(String[] args) throws UsageException, IOException {
    boolean force = false;
    List<String> hookArguments = new ArrayList<>();
    for (String arg : Arrays.asList(args).subList(1, args.length)) {
      if (arg.equals("--force")) {
        force = true;
      } else {
        hookArguments.add(arg);
      }
    }
    if (hookArguments.contains("--help") || hookArguments.contains("-h")) {
      out.print(Options.USAGE);
      return OK;
    }
    Options.parse(hookArguments.toArray(String[]::new), workingDirectory);
    Path hook = HookInstaller.install(workingDirectory, force, hookArguments);
    out.println("regexguard: installed the pre-commit hook " + hook);
    return OK;
  }

  private static String crashLog(Throwable e) {
    try {
      Path log = Files.createTempFile("regexguard-crash-", ".log");
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      Files.writeString(log, "regexguard " + Analyzer.version() + "\n" + trace);
      return log.toString();
    } catch (IOException | RuntimeException io) {
      return "(no log: " + io.getClass().getSimpleName() + ")";
    }
  }
}
