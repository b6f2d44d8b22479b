package io.github.regexguard.resolve;

import io.github.regexguard.model.Store;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Indexes declared in Liquibase changelogs, XML (read with the JDK's SAX parser, no DTDs or external
 * entities) and YAML (SnakeYAML's node API, no objects constructed): {@code createIndex} with its
 * columns (a {@code computed} column is an expression such as {@code lower(email)}),
 * {@code addUniqueConstraint}, {@code addPrimaryKey}, column {@code constraints} of
 * {@code createTable}/{@code addColumn}, and SQL in {@code sql} changes.
 */
final class LiquibaseIndexes {

  private LiquibaseIndexes() {}

  /** A change as both formats describe it: its attributes, columns and where it starts. */
  private record Change(String type, Map<String, String> attributes, List<Map<String, String>> columns, int line) {}

  static List<IndexEntry> readXml(String xml, String fileName) {
    List<Change> changes = new ArrayList<>();
    List<IndexEntry> sql = new ArrayList<>();
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      SAXParser parser = factory.newSAXParser();
      parser.parse(new InputSource(new StringReader(xml)), new XmlChanges(changes, sql, fileName));
    } catch (ParserConfigurationException | SAXException | IOException | RuntimeException e) {
      // a changelog the parser rejects: keep what was read before the error
    }
    List<IndexEntry> entries = entries(changes, fileName);
    entries.addAll(sql);
    return entries;
  }

  static List<IndexEntry> readYaml(String yaml, String fileName) {
    List<Change> changes = new ArrayList<>();
    List<IndexEntry> sql = new ArrayList<>();
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(50);
      options.setAllowDuplicateKeys(true);
      for (Node document : new Yaml(options).composeAll(new StringReader(yaml))) {
        collectYaml(document, changes, sql, fileName, 0);
      }
    } catch (RuntimeException e) {
      // not YAML the parser accepts: keep what was read
    }
    List<IndexEntry> entries = entries(changes, fileName);
    entries.addAll(sql);
    return entries;
  }

  private static final List<String> CHANGE_TYPES =
      List.of("createIndex", "addUniqueConstraint", "addPrimaryKey", "createTable", "addColumn");

  /** Finds changes anywhere below {@code node}: a mapping with one of the change types as key. */
  private static void collectYaml(Node node, List<Change> changes, List<IndexEntry> sql, String fileName, int depth) {
    if (depth > 32) {
      return;
    }
    if (node instanceof SequenceNode sequence) {
      sequence.getValue().forEach(n -> collectYaml(n, changes, sql, fileName, depth + 1));
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
        Node value = tuple.getValueNode();
        if (CHANGE_TYPES.contains(key) && value instanceof MappingNode change) {
          changes.add(yamlChange(key, change, tuple.getKeyNode().getStartMark().getLine() + 1));
        } else if (key.equals("sql") && value instanceof MappingNode block) {
          scalar(block, "sql").ifPresent(text ->
              sql.addAll(SqlIndexes.read(text, fileName, value.getStartMark().getLine() + 1)));
        } else {
          collectYaml(value, changes, sql, fileName, depth + 1);
        }
      }
    }
  }

  private static Change yamlChange(String type, MappingNode change, int line) {
    Map<String, String> attributes = new java.util.LinkedHashMap<>();
    List<Map<String, String>> columns = new ArrayList<>();
    for (NodeTuple tuple : change.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      if (tuple.getValueNode() instanceof ScalarNode value) {
        attributes.put(key, value.getValue());
      } else if (key.equals("columns") && tuple.getValueNode() instanceof SequenceNode list) {
        for (Node item : list.getValue()) {
          Optional<MappingNode> column = child(item, "column");
          column.ifPresent(c -> columns.add(yamlColumn(c)));
        }
      }
    }
    return new Change(type, attributes, columns, line);
  }

  private static Map<String, String> yamlColumn(MappingNode column) {
    Map<String, String> attributes = new java.util.LinkedHashMap<>();
    for (NodeTuple tuple : column.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      if (tuple.getValueNode() instanceof ScalarNode value) {
        attributes.put(key, value.getValue());
      } else if (key.equals("constraints") && tuple.getValueNode() instanceof MappingNode constraints) {
        for (NodeTuple c : constraints.getValue()) {
          if (c.getKeyNode() instanceof ScalarNode k && c.getValueNode() instanceof ScalarNode v) {
            attributes.put("constraints." + k.getValue(), v.getValue());
          }
        }
      }
    }
    return attributes;
  }

  private static Optional<MappingNode> child(Node node, String key) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
            && tuple.getValueNode() instanceof MappingNode value) {
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> scalar(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
          && tuple.getValueNode() instanceof ScalarNode value) {
        return Optional.of(value.getValue());
      }
    }
    return Optional.empty();
  }

  /** Collects changes from SAX events, with the line each starts on. */
  private static final class XmlChanges extends DefaultHandler {
    private final List<Change> changes;
    private final List<IndexEntry> sql;
    private final String fileName;
    private Locator locator;
    private Change open;
    private StringBuilder sqlText;
    private int sqlLine;

    XmlChanges(List<Change> changes, List<IndexEntry> sql, String fileName) {
      this.changes = changes;
      this.sql = sql;
      this.fileName = fileName;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (CHANGE_TYPES.contains(localName)) {
        open = new Change(localName, attributesOf(attributes, ""), new ArrayList<>(),
            locator == null ? 1 : locator.getLineNumber());
        changes.add(open);
      } else if (localName.equals("column") && open != null) {
        open.columns().add(attributesOf(attributes, ""));
      } else if (localName.equals("constraints") && open != null && !open.columns().isEmpty()) {
        open.columns().get(open.columns().size() - 1).putAll(attributesOf(attributes, "constraints."));
      } else if (localName.equals("sql")) {
        sqlText = new StringBuilder();
        sqlLine = locator == null ? 1 : locator.getLineNumber();
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (sqlText != null) {
        sqlText.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (CHANGE_TYPES.contains(localName)) {
        open = null;
      } else if (localName.equals("sql") && sqlText != null) {
        sql.addAll(SqlIndexes.read(sqlText.toString(), fileName, sqlLine));
        sqlText = null;
      }
    }

    private static Map<String, String> attributesOf(Attributes attributes, String prefix) {
      Map<String, String> map = new java.util.LinkedHashMap<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        map.put(prefix + attributes.getLocalName(i), attributes.getValue(i));
      }
      return map;
    }
  }

  private static List<IndexEntry> entries(List<Change> changes, String fileName) {
    List<IndexEntry> entries = new ArrayList<>();
    for (Change change : changes) {
      String table = change.attributes().getOrDefault("tableName", "");
      String at = fileName + ":" + change.line();
      if (table.isEmpty()) {
        continue;
      }
      switch (change.type()) {
        case "createIndex" -> entries.addAll(createIndex(change, table, at));
        case "addUniqueConstraint", "addPrimaryKey" -> entries.addAll(constraint(change, table, at));
        default -> entries.addAll(columnConstraints(change, table, at));
      }
    }
    return entries;
  }

  private static List<IndexEntry> createIndex(Change change, String table, String at) {
    boolean unique = isTrue(change.attributes().get("unique")) && change.columns().size() == 1;
    List<IndexEntry> entries = new ArrayList<>();
    for (int position = 0; position < change.columns().size(); position++) {
      Map<String, String> column = change.columns().get(position);
      String name = column.getOrDefault("name", "");
      if (name.isEmpty()) {
        continue;
      }
      boolean computed = isTrue(column.get("computed")) || name.contains("(");
      if (computed) {
        Optional<String> inner = innerColumn(name);
        if (inner.isPresent()) {
          entries.add(new IndexEntry(Store.SQL, table, inner.get(), IndexKind.EXPRESSION, unique, position,
              Optional.empty(), Optional.of(name.trim()), at));
        }
      } else {
        entries.add(new IndexEntry(Store.SQL, table, name.trim(), IndexKind.REGULAR, unique, position,
            Optional.empty(), Optional.empty(), at));
      }
    }
    return entries;
  }

  /** The one column inside a computed column such as {@code lower(email)}, read by the SQL index reader. */
  private static Optional<String> innerColumn(String expression) {
    List<IndexEntry> parsed = SqlIndexes.read("CREATE INDEX x ON t (" + expression + ")", "", 1);
    return parsed.size() == 1 ? Optional.of(parsed.get(0).field()) : Optional.empty();
  }

  private static List<IndexEntry> constraint(Change change, String table, String at) {
    List<IndexKeys.Key> keys = new ArrayList<>();
    for (String column : change.attributes().getOrDefault("columnNames", "").split(",")) {
      if (!column.isBlank()) {
        keys.add(new IndexKeys.Key(column.trim(), Optional.of(IndexKind.REGULAR)));
      }
    }
    return new IndexKeys(keys, true, Optional.empty()).entries(Store.SQL, table, at);
  }

  private static List<IndexEntry> columnConstraints(Change change, String table, String at) {
    List<IndexEntry> entries = new ArrayList<>();
    for (Map<String, String> column : change.columns()) {
      String name = column.getOrDefault("name", "");
      if (!name.isEmpty() && (isTrue(column.get("constraints.unique")) || isTrue(column.get("constraints.primaryKey")))) {
        entries.add(new IndexEntry(Store.SQL, table, name, IndexKind.REGULAR, true, 0, Optional.empty(),
            Optional.empty(), at));
      }
    }
    return entries;
  }

  private static boolean isTrue(String value) {
    return value != null && value.trim().toLowerCase(Locale.ROOT).equals("true");
  }
}
