package io.github.regexguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigOptionTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        dir).run(args);
  }

  private void query(String field) throws IOException {
    Path dao = dir.resolve("src/main/java/com/acme/Dao.java");
    Files.createDirectories(dao.getParent());
    Files.writeString(dao, """
        package com.acme;
        import com.mongodb.client.MongoCollection;
        import com.mongodb.client.model.Filters;
        import org.bson.Document;
        class Dao {
          Document find(MongoCollection<Document> c, String v) {
            return c.find(Filters.regex("%s", "^" + java.util.regex.Pattern.quote(v) + "$", "i")).first();
          }
        }
        """.formatted(field));
  }

  @Test
  void aBadDefaultConfigurationIsExitTwoWithKeyAndLine() throws IOException {
    query("voucher");
    Files.writeString(dir.resolve("regexguard.yml"), "failOn: error\n\nidentityField: [voucher]\n");
    assertEquals(Main.USAGE, run("src"));
    assertEquals("regexguard: regexguard.yml:3: unknown key 'identityField' (expected one of identityFields, "
        + "identityFieldsReplace, indexedFields, sqlDialect, includes, excludes, rules, failOn)\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theFileDecidesWhatTheCommandLineDoesNotSay() throws IOException {
    query("voucher");
    assertEquals(Main.OK, run("src"));
    Files.writeString(dir.resolve("regexguard.yml"), "identityFields: [voucher]\n");
    assertEquals(Main.FINDINGS, run("src"));
    Files.writeString(dir.resolve("settings.yml"), "failOn: never\nidentityFields: [voucher]\n");
    assertEquals(Main.OK, run("--config", "settings.yml", "src"));
    assertEquals(Main.FINDINGS, run("--config", "settings.yml", "--fail-on", "note", "src"));
    Files.writeString(dir.resolve("off.yml"), "identityFields: [voucher]\nrules:\n  CaseInsensitiveEquality: off\n");
    assertEquals(Main.OK, run("--config=off.yml", "src"));
  }

  @Test
  void aMissingNamedConfigurationIsAUsageError() {
    assertEquals(Main.USAGE, run("--config", "nope.yml", "."));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such configuration file: nope.yml"));
  }
}
