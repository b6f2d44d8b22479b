package io.github.regexguard.config;

import io.github.regexguard.SqlDialect;
import io.github.regexguard.model.Level;
import io.github.regexguard.rule.BuiltInRules;
import io.github.regexguard.rule.Rule;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code regexguard.yml} with SnakeYAML's node API, so every error names the file, the line
 * and the key: {@code regexguard.yml:7: unknown key 'identityField'}.
 */
public final class ConfigFile {

  /** The file looked for in the working directory when no {@code --config} is given. */
  public static final String DEFAULT_NAME = "regexguard.yml";

  private static final List<String> KEYS = List.of("identityFields", "identityFieldsReplace", "indexedFields",
      "sqlDialect", "includes", "excludes", "rules", "failOn");

  private final String displayName;

  private ConfigFile(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Reads {@code file}; {@code displayName} is how errors name it (the path as the user wrote it).
   */
  public static Configuration read(Path file, String displayName) throws ConfigurationException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException(displayName + ": cannot read the configuration file ("
          + e.getClass().getSimpleName().replace("Exception", "") + ")");
    }
    return parse(text, displayName);
  }

  public static Configuration parse(String yaml, String displayName) throws ConfigurationException {
    return new ConfigFile(displayName).parse(yaml);
  }

  private Configuration parse(String yaml) throws ConfigurationException {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(10);
      root = new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw error(mark == null ? 1 : mark.getLine() + 1, "not valid YAML (" + e.getProblem() + ")");
    } catch (YAMLException e) {
      throw error(1, "not valid YAML");
    }
    if (root == null) {
      return Configuration.EMPTY;
    }
    if (!(root instanceof MappingNode settings)) {
      throw error(line(root), "expected settings as 'key: value' lines");
    }
    List<String> identityFields = List.of();
    Optional<List<String>> identityReplace = Optional.empty();
    List<String> indexedFields = List.of();
    Optional<SqlDialect> dialect = Optional.empty();
    List<String> includes = List.of();
    List<String> excludes = List.of();
    Map<String, Optional<Level>> rules = Map.of();
    Optional<Optional<Level>> failOn = Optional.empty();
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : settings.getValue()) {
      String key = keyOf(tuple);
      Node value = tuple.getValueNode();
      if (!KEYS.contains(key)) {
        throw error(line(tuple.getKeyNode()), "unknown key '" + key + "' (expected one of " + String.join(", ", KEYS) + ")");
      }
      if (!seen.add(key)) {
        throw error(line(tuple.getKeyNode()), "duplicate key '" + key + "'");
      }
      switch (key) {
        case "identityFields" -> identityFields = names(key, value);
        case "identityFieldsReplace" -> identityReplace = Optional.of(names(key, value));
        case "indexedFields" -> indexedFields = names(key, value);
        case "sqlDialect" -> dialect = Optional.of(SqlDialect.parse(scalar(key, value)).orElseThrow(() ->
            error(line(value), "bad value '" + scalar(value) + "' for 'sqlDialect' (expected postgresql, mysql or generic)")));
        case "includes" -> includes = names(key, value);
        case "excludes" -> excludes = names(key, value);
        case "rules" -> rules = rules(value);
        default -> failOn = Optional.of(failOn(value));
      }
    }
    return new Configuration(identityFields, identityReplace, indexedFields, dialect, includes, excludes, rules, failOn);
  }

  private Optional<Level> failOn(Node value) throws ConfigurationException {
    String text = scalar("failOn", value);
    if (text.equalsIgnoreCase("never")) {
      return Optional.empty();
    }
    return Optional.of(Level.parse(text).orElseThrow(() ->
        error(line(value), "bad value '" + text + "' for 'failOn' (expected error, warning, note or never)")));
  }

  private Map<String, Optional<Level>> rules(Node value) throws ConfigurationException {
    if (!(value instanceof MappingNode mapping)) {
      throw error(line(value), "'rules' must map rule ids to off, note, warning or error");
    }
    Set<String> known = new HashSet<>();
    for (Rule rule : BuiltInRules.all()) {
      known.add(rule.info().id());
    }
    Map<String, Optional<Level>> rules = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String id = keyOf(tuple);
      if (!known.contains(id)) {
        throw error(line(tuple.getKeyNode()), "unknown rule '" + id + "' in 'rules'");
      }
      String level = scalar("rules." + id, tuple.getValueNode());
      if (level.equalsIgnoreCase("off")) {
        rules.put(id, Optional.empty());
      } else {
        rules.put(id, Optional.of(Level.parse(level).orElseThrow(() -> error(line(tuple.getValueNode()),
            "bad value '" + level + "' for 'rules." + id + "' (expected off, note, warning or error)"))));
      }
    }
    return rules;
  }

  /** A list of names: a YAML sequence of strings, or one string. */
  private List<String> names(String key, Node value) throws ConfigurationException {
    List<String> names = new ArrayList<>();
    if (value instanceof ScalarNode scalar) {
      if (!scalar.getValue().isBlank()) {
        names.add(scalar.getValue().trim());
      }
      return names;
    }
    if (!(value instanceof SequenceNode sequence)) {
      throw error(line(value), "'" + key + "' must be a list of names");
    }
    for (Node item : sequence.getValue()) {
      if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
        throw error(line(item), "'" + key + "' must be a list of names");
      }
      names.add(scalar.getValue().trim());
    }
    return names;
  }

  private String scalar(String key, Node value) throws ConfigurationException {
    if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
      throw error(line(value), "'" + key + "' needs a single value");
    }
    return scalar.getValue().trim();
  }

  private static String scalar(Node value) {
    return value instanceof ScalarNode s ? s.getValue() : "";
  }

  private static String keyOf(NodeTuple tuple) {
    return tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
  }

  private ConfigurationException error(int line, String message) {
    return new ConfigurationException(displayName + ":" + line + ": " + message);
  }
}
