package io.github.regexguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.testing.TempRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --staged}, {@code --changed-since} and {@code install-hook} on real git repositories. */
class GitModesTest {

  static final String BAD = """
      package com.acme;

      import com.mongodb.client.MongoCollection;
      import com.mongodb.client.model.Filters;
      import java.util.regex.Pattern;
      import org.bson.Document;

      class %s {
        MongoCollection<Document> users;

        Document signIn(String email) {
          return users.find(Filters.regex("email", "^" + Pattern.quote(email) + "$", "i")).first();
        }
      }
      """;

  static final String GOOD = """
      package com.acme;

      import com.mongodb.client.MongoCollection;
      import com.mongodb.client.model.Filters;
      import java.util.Locale;
      import org.bson.Document;

      class %s {
        MongoCollection<Document> users;

        Document signIn(String email) {
          return users.find(Filters.eq("email", email.toLowerCase(Locale.ROOT))).first();
        }
      }
      """;

  @TempDir
  Path dir;

  @Test
  void stagedReadsTheStagedContentOfStagedFilesOnly() {
    TempRepository repo = TempRepository.init(dir);
    repo.write("src/main/java/com/acme/Old.java", BAD.formatted("Old"));
    repo.git("add", ".");
    repo.git("commit", "-q", "-m", "an old finding that is not part of the next commit");

    repo.write("src/main/java/com/acme/Dao.java", BAD.formatted("Dao"));
    repo.git("add", "src/main/java/com/acme/Dao.java");
    repo.write("src/main/java/com/acme/Dao.java", GOOD.formatted("Dao"));
    CommandLine stagedBad = CommandLine.run(dir, "--staged");
    assertEquals(Main.FINDINGS, stagedBad.exitCode(), stagedBad.out());
    assertTrue(stagedBad.out().contains("src/main/java/com/acme/Dao.java:12:"), "the staged version: " + stagedBad.out());
    assertFalse(stagedBad.out().contains("Old.java"), "committed files are not reported");

    repo.git("add", "src/main/java/com/acme/Dao.java");
    repo.write("src/main/java/com/acme/Dao.java", BAD.formatted("Dao"));
    CommandLine stagedGood = CommandLine.run(dir, "--staged");
    assertEquals(Main.OK, stagedGood.exitCode(), stagedGood.out());
    assertTrue(stagedGood.out().startsWith("regexguard: 0 errors"), stagedGood.out());

    CommandLine whole = CommandLine.run(dir);
    assertTrue(whole.out().contains("Old.java") && whole.out().contains("Dao.java"), "without --staged: everything");
  }

  @Test
  void changedSinceFollowsRenamesAndIncludesNewFiles() {
    TempRepository repo = TempRepository.init(dir);
    repo.write("src/main/java/com/acme/Untouched.java", BAD.formatted("Untouched"));
    repo.write("src/main/java/com/acme/Before.java", BAD.formatted("Before"));
    repo.git("add", ".");
    repo.git("commit", "-q", "-m", "base");
    String base = repo.git("rev-parse", "HEAD").trim();

    repo.git("mv", "src/main/java/com/acme/Before.java", "src/main/java/com/acme/After.java");
    repo.git("commit", "-q", "-m", "rename");
    repo.write("src/main/java/com/acme/Fresh.java", BAD.formatted("Fresh"));

    CommandLine changed = CommandLine.run(dir, "--changed-since", base);
    assertEquals(Main.FINDINGS, changed.exitCode(), changed.err());
    assertTrue(changed.out().contains("src/main/java/com/acme/After.java:12:"), changed.out());
    assertTrue(changed.out().contains("src/main/java/com/acme/Fresh.java:12:"), "untracked files count as changed");
    assertFalse(changed.out().contains("Untouched.java"));
    assertFalse(changed.out().contains("Before.java"));

    CommandLine head = CommandLine.run(dir, "--changed-since=HEAD", "--fail-on", "error");
    assertTrue(head.out().contains("Fresh.java") && !head.out().contains("After.java"), head.out());
  }

  @Test
  void gitProblemsAreOneLineUsageErrors() {
    CommandLine notARepository = CommandLine.run(dir, "--staged");
    assertEquals(Main.USAGE, notARepository.exitCode());
    assertEquals(1, notARepository.err().lines().count(), notARepository.err());
    assertTrue(notARepository.err().contains("is not inside a git work tree"), notARepository.err());

    TempRepository repo = TempRepository.init(dir);
    repo.write("README", "x");
    repo.git("add", ".");
    repo.git("commit", "-q", "-m", "one");
    CommandLine badRef = CommandLine.run(dir, "--changed-since", "no-such-branch");
    assertEquals(Main.USAGE, badRef.exitCode());
    assertEquals("regexguard: unknown git revision 'no-such-branch'\n", badRef.err());

    CommandLine both = CommandLine.run(dir, "--staged", "--changed-since", "HEAD");
    assertEquals(Main.USAGE, both.exitCode());
  }

  @Test
  void theInstalledHookBlocksACommitThatAddsAnErrorAndPrintsTheRewrite() throws IOException {
    TempRepository repo = TempRepository.init(dir);
    CommandLine install = CommandLine.run(dir, "install-hook");
    assertEquals(Main.OK, install.exitCode(), install.err());
    Path hook = dir.resolve(".git/hooks/pre-commit");
    assertTrue(Files.isExecutable(hook));
    assertTrue(Files.readString(hook).contains("--staged"));

    repo.write("src/main/java/com/acme/Dao.java", BAD.formatted("Dao"));
    repo.git("add", ".");
    TempRepository.Run blocked = repo.run("commit", "-m", "adds a case-insensitive sign-in");
    assertNotEquals(0, blocked.exitCode(), blocked.output());
    assertTrue(blocked.output().contains("src/main/java/com/acme/Dao.java:12:31: error: [CaseInsensitiveEquality]"),
        blocked.output());
    assertTrue(blocked.output().contains("rewrite: Filters.eq(\"email\", email.toLowerCase(Locale.ROOT))"));
    assertNotEquals(0, repo.run("rev-parse", "--verify", "-q", "HEAD").exitCode(), "nothing was committed");

    repo.write("src/main/java/com/acme/Dao.java", GOOD.formatted("Dao"));
    repo.git("add", ".");
    TempRepository.Run passed = repo.run("commit", "-m", "normalised sign-in");
    assertEquals(0, passed.exitCode(), passed.output());
  }

  @Test
  void installHookKeepsAForeignHookUnlessForced() throws IOException {
    TempRepository.init(dir);
    Path hook = dir.resolve(".git/hooks/pre-commit");
    Files.createDirectories(hook.getParent());
    Files.writeString(hook, "#!/bin/sh\nexec ./gradlew spotlessCheck\n");

    CommandLine refused = CommandLine.run(dir, "install-hook");
    assertEquals(Main.USAGE, refused.exitCode());
    assertEquals(1, refused.err().lines().count());
    assertTrue(refused.err().contains("--force"), refused.err());
    assertTrue(Files.readString(hook).contains("spotlessCheck"), "untouched");

    assertEquals(Main.OK, CommandLine.run(dir, "install-hook", "--force", "--fail-on", "warning").exitCode());
    assertTrue(Files.readString(hook).contains(HookInstaller.MARKER));
    assertTrue(Files.readString(hook).contains("--staged --fail-on warning"));
    assertEquals(Main.OK, CommandLine.run(dir, "install-hook").exitCode(), "its own hook is replaced without --force");
    assertEquals(Main.USAGE, CommandLine.run(dir, "install-hook", "--fail-on", "sometimes").exitCode(),
        "hook options are checked before the hook is written");
  }
}
