package io.github.regexguard.cli;

import io.github.regexguard.git.Git;
import io.github.regexguard.git.GitException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code install-hook}: writes a git pre-commit hook that runs regexguard on the staged content and
 * blocks the commit when it adds a finding at or above {@code --fail-on}. It replaces a hook only
 * when it wrote that hook itself, or when told to with {@code --force}.
 */
final class HookInstaller {

  static final String MARKER = "# regexguard pre-commit hook";

  private HookInstaller() {}

  /** Installs the hook for the repository around {@code workingDirectory}; returns where it went. */
  static Path install(Path workingDirectory, boolean force, List<String> hookArguments)
      throws UsageException, IOException {
    Path hooks;
    try {
      hooks = Git.at(workingDirectory).hooksDirectory();
    } catch (GitException e) {
      throw new UsageException(e.getMessage());
    }
    Path hook = hooks.resolve("pre-commit");
    if (Files.exists(hook) && !force && !Files.readString(hook).contains(MARKER)) {
      throw new UsageException("a pre-commit hook that regexguard did not write exists at " + hook
          + "; rerun with --force to replace it");
    }
    Files.createDirectories(hooks);
    Files.writeString(hook, script(launcher(), hookArguments));
    try {
      Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(hook));
      permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_EXECUTE));
      Files.setPosixFilePermissions(hook, permissions);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: git for Windows runs hooks without an executable bit.
    }
    return hook;
  }

  static String script(List<String> launcher, List<String> hookArguments) {
    List<String> words = new ArrayList<>(launcher);
    words.add("--staged");
    words.addAll(hookArguments);
    StringBuilder command = new StringBuilder("exec \"$java\"");
    for (String word : words) {
      command.append(' ').append(shellQuote(word));
    }
    return "#!/bin/sh\n"
        + MARKER + ", written by `regexguard install-hook`.\n"
        + "# It checks the staged content of the Java files this commit changes and blocks the commit\n"
        + "# when they add a finding; `git commit --no-verify` skips it. `install-hook` rewrites it.\n"
        + "java=java\n"
        + "if [ -n \"$JAVA_HOME\" ] && [ -x \"$JAVA_HOME/bin/java\" ]; then java=\"$JAVA_HOME/bin/java\"; fi\n"
        + command + "\n";
  }

  /** How to start this regexguard: {@code -jar} for the executable jar, else its class path. */
  static List<String> launcher() {
    Path code;
    try {
      code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return List.of("-cp", System.getProperty("java.class.path"), Main.class.getName());
    }
    if (Files.isRegularFile(code) && code.toString().endsWith(".jar")) {
      return List.of("-jar", code.toAbsolutePath().toString());
    }
    return List.of("-cp", System.getProperty("java.class.path"), Main.class.getName());
  }

  static String shellQuote(String word) {
    if (word.matches("[A-Za-z0-9_./:=,+-]+")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
