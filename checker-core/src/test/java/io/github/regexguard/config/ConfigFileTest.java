package io.github.regexguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.SqlDialect;
import io.github.regexguard.model.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigFileTest {

  private static String error(String yaml) {
    return assertThrows(ConfigurationException.class, () -> ConfigFile.parse(yaml, "regexguard.yml")).getMessage();
  }

  @Test
  void readsEverySetting() throws ConfigurationException {
    Configuration c = ConfigFile.parse("""
        # regexguard settings
        identityFields: [memberNumber, badge]
        identityFieldsReplace:
          - email
        indexedFields:
          - users.lastName
          - orders.code
        sqlDialect: postgresql
        includes: ["src/main/java/**"]
        excludes: "**/generated/**"
        rules:
          RegexEquality: off
          UnanchoredMatch: warning
        failOn: never
        """, "regexguard.yml");
    assertEquals(List.of("memberNumber", "badge"), c.identityFields());
    assertEquals(Optional.of(List.of("email")), c.identityFieldsReplace());
    assertEquals(List.of("users.lastName", "orders.code"), c.indexedFields());
    assertEquals(Optional.of(SqlDialect.POSTGRESQL), c.sqlDialect());
    assertEquals(List.of("**/generated/**"), c.excludes());
    assertEquals(Map.of("RegexEquality", Optional.empty(), "UnanchoredMatch", Optional.of(Level.WARNING)), c.rules());
    assertEquals(Optional.of(Optional.empty()), c.failOn());
    assertTrue(c.identityPolicy(List.of()).matches("badge"));
    assertTrue(c.identityPolicy(List.of()).matches("email"));
    assertTrue(!c.identityPolicy(List.of()).matches("username"));
  }

  @Test
  void anEmptyFileChangesNothing() throws ConfigurationException {
    assertEquals(Configuration.EMPTY, ConfigFile.parse("# nothing yet\n", "regexguard.yml"));
  }

  @Test
  void errorsNameTheKeyAndTheLine() {
    assertEquals("regexguard.yml:3: unknown key 'identityField' (expected one of identityFields, identityFieldsReplace, "
        + "indexedFields, sqlDialect, includes, excludes, rules, failOn)",
        error("failOn: error\n# a typo follows\nidentityField: [email]\n"));
    assertEquals("regexguard.yml:2: bad value 'oracle' for 'sqlDialect' (expected postgresql, mysql or generic)",
        error("failOn: note\nsqlDialect: oracle\n"));
    assertEquals("regexguard.yml:3: unknown rule 'RegexEquals' in 'rules'", error("rules:\n  UnanchoredMatch: note\n  RegexEquals: off\n"));
    assertEquals("regexguard.yml:2: bad value 'loud' for 'rules.UnanchoredMatch' (expected off, note, warning or error)",
        error("rules:\n  UnanchoredMatch: loud\n"));
    assertEquals("regexguard.yml:1: bad value 'sometimes' for 'failOn' (expected error, warning, note or never)",
        error("failOn: sometimes\n"));
    assertEquals("regexguard.yml:2: 'indexedFields' must be a list of names", error("indexedFields:\n  a: b\n"));
    assertEquals("regexguard.yml:2: duplicate key 'failOn'", error("failOn: note\nfailOn: error\n"));
    assertEquals("regexguard.yml:1: expected settings as 'key: value' lines", error("- just\n- a list\n"));
    assertTrue(error("failOn: [unclosed\n").startsWith("regexguard.yml:2: not valid YAML"), error("failOn: [unclosed\n"));
  }
}
