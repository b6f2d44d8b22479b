package io.github.regexguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The repository's {@code .pre-commit-hooks.yaml} names a script that exists and runs {@code --staged}. */
class PreCommitFrameworkTest {

  @Test
  void theHookDefinitionPointsAtTheStagedScript() throws IOException {
    Path root = Fixtures.projectRoot();
    List<Map<String, Object>> hooks = new Yaml().load(Files.readString(root.resolve(".pre-commit-hooks.yaml")));
    assertEquals(1, hooks.size());
    Map<String, Object> hook = hooks.get(0);
    assertEquals("regexguard", hook.get("id"));
    assertEquals("script", hook.get("language"));
    assertEquals(false, hook.get("pass_filenames"), "the hook reads the staged files itself");
    Path script = root.resolve((String) hook.get("entry"));
    assertTrue(Files.isExecutable(script), script + " is executable");
    String text = Files.readString(script);
    assertTrue(text.startsWith("#!/bin/sh\n"));
    assertTrue(text.contains("--staged \"$@\""), "runs on the staged content and passes the hook's args");
    assertFalse(text.contains("\r"), "Unix line ends");
  }
}
