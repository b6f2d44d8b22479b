package io.github.regexguard.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The few questions regexguard asks git, through the {@code git} command line. Commands inherit the
 * environment, so inside a hook they see the index git is committing ({@code GIT_INDEX_FILE}).
 */
public final class Git {

  private static final long TIMEOUT_SECONDS = 120;

  private final Path topLevel;
  private final Path view;

  /**
   * @param topLevel the work tree's root as git reports it (symbolic links resolved)
   * @param view the same directory as the caller names it, so that returned paths compare equal to
   *     the caller's own
   */
  private Git(Path topLevel, Path view) {
    this.topLevel = topLevel;
    this.view = view;
  }

  /** The repository that contains {@code directory}. */
  public static Git at(Path directory) throws GitException {
    String top;
    try {
      top = text(run(directory, null, "rev-parse", "--show-toplevel")).trim();
    } catch (GitException e) {
      throw new GitException(directory + " is not inside a git work tree (" + e.getMessage() + ")");
    }
    if (top.isEmpty()) {
      throw new GitException(directory + " is not inside a git work tree");
    }
    Path topLevel = Path.of(top).toAbsolutePath().normalize();
    return new Git(topLevel, callersView(topLevel, directory.toAbsolutePath().normalize()));
  }

  /** {@code topLevel} as the caller names it: {@code directory} less as many levels as it is deep in the repository. */
  private static Path callersView(Path topLevel, Path directory) {
    try {
      Path inside = topLevel.toRealPath().relativize(directory.toRealPath());
      Path view = directory;
      if (!inside.toString().isEmpty()) {
        for (int i = 0; i < inside.getNameCount() && view != null; i++) {
          view = view.getParent();
        }
      }
      return view == null ? topLevel : view;
    } catch (IOException | IllegalArgumentException e) {
      return topLevel;
    }
  }

  private Path resolve(String repositoryPath) {
    return view.resolve(repositoryPath).normalize();
  }

  /** The work tree's root, as the caller names it. */
  public Path topLevel() {
    return view;
  }

  /**
   * Files added, copied, modified or renamed between {@code ref} and the work tree (a renamed file
   * under its new name), plus untracked files that are not ignored; absolute paths.
   */
  public Set<Path> changedSince(String ref) throws GitException {
    try {
      run(topLevel, null, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    } catch (GitException e) {
      throw new GitException("unknown git revision '" + ref + "'");
    }
    Set<Path> changed = new LinkedHashSet<>();
    for (String path : nulSeparated(run(topLevel, null, "diff", "--name-only", "-z", "-M", "--diff-filter=ACMRT",
        ref, "--"))) {
      changed.add(resolve(path));
    }
    for (String path : nulSeparated(run(topLevel, null, "ls-files", "-z", "--others", "--exclude-standard"))) {
      changed.add(resolve(path));
    }
    return changed;
  }

  /**
   * The staged content of every added, copied, modified or renamed file whose name ends with
   * {@code suffix}, keyed by absolute path: what the commit will contain, even when the work tree
   * differs (partial staging).
   */
  public Map<Path, byte[]> stagedContents(String suffix) throws GitException {
    List<String> paths = new ArrayList<>();
    for (String path : nulSeparated(run(topLevel, null, "diff", "--cached", "--name-only", "-z", "-M",
        "--diff-filter=ACMR"))) {
      if (path.endsWith(suffix) && path.indexOf('\n') < 0) {
        paths.add(path);
      }
    }
    Map<Path, byte[]> contents = new LinkedHashMap<>();
    if (paths.isEmpty()) {
      return contents;
    }
    StringBuilder request = new StringBuilder();
    paths.forEach(p -> request.append(':').append(p).append('\n'));
    byte[] batch = run(topLevel, request.toString().getBytes(StandardCharsets.UTF_8), "cat-file", "--batch");
    int at = 0;
    for (String path : paths) {
      int eol = indexOf(batch, (byte) '\n', at);
      if (eol < 0) {
        throw new GitException("unexpected output from git cat-file for " + path);
      }
      String[] header = new String(batch, at, eol - at, StandardCharsets.UTF_8).split(" ");
      at = eol + 1;
      if (header.length != 3 || !header[1].equals("blob")) {
        continue;
      }
      int size = Integer.parseInt(header[2]);
      byte[] content = new byte[size];
      System.arraycopy(batch, at, content, 0, size);
      at += size + 1;
      contents.put(resolve(path), content);
    }
    return contents;
  }

  /** Where git looks for hooks (honours {@code core.hooksPath} and linked work trees). */
  public Path hooksDirectory() throws GitException {
    return resolve(text(run(topLevel, null, "rev-parse", "--git-path", "hooks")).trim());
  }

  private static byte[] run(Path directory, byte[] input, String... args) throws GitException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).directory(directory.toFile()).start();
    } catch (IOException e) {
      throw new GitException("cannot run git (is it installed and on the PATH?)");
    }
    try {
      CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
      CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      try (OutputStream in = process.getOutputStream()) {
        if (input != null) {
          in.write(input);
        }
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new GitException("git " + args[0] + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        String message = text(stderr.join()).lines().filter(l -> !l.isBlank()).findFirst().orElse("exit code "
            + process.exitValue());
        throw new GitException("git " + args[0] + " failed: " + message.replaceFirst("^fatal: ", ""));
      }
      return stdout.join();
    } catch (IOException e) {
      process.destroyForcibly();
      throw new GitException("git " + args[0] + " failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new GitException("interrupted while waiting for git " + args[0]);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static List<String> nulSeparated(byte[] output) {
    List<String> out = new ArrayList<>();
    for (String s : text(output).split("\0")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
