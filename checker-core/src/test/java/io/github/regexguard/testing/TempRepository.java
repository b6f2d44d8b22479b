package io.github.regexguard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A git repository in a temporary directory, driven through the {@code git} command line. */
public final class TempRepository {

  /** What a command printed and how it ended. */
  public record Run(int exitCode, String output) {}

  private final Path root;

  private TempRepository(Path root) {
    this.root = root;
  }

  public static TempRepository init(Path root) {
    TempRepository repository = new TempRepository(root);
    repository.git("init", "-q");
    repository.git("config", "user.name", "Test");
    repository.git("config", "user.email", "test@example.com");
    repository.git("config", "commit.gpgsign", "false");
    return repository;
  }

  public Path root() {
    return root;
  }

  public Path write(String path, String text) {
    Path file = root.resolve(path);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Runs git and fails the test when it fails. */
  public String git(String... args) {
    Run run = run(args);
    if (run.exitCode() != 0) {
      throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + run.output());
    }
    return run.output();
  }

  /** Runs git and returns its exit code and output (stdout and stderr together). */
  public Run run(String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("git " + String.join(" ", args) + " did not finish");
      }
      return new Run(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
