package io.github.regexguard.rule;

import io.github.regexguard.model.Level;
import io.github.regexguard.resolve.FieldClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A rule's metadata, read once from its {@link QueryRule} annotation and doc page. */
public record RuleInfo(String id, String summary, Level identity, Level indexed, Level other, String help) {

  public static RuleInfo of(Class<? extends Rule> type) {
    QueryRule annotation = type.getAnnotation(QueryRule.class);
    if (annotation == null) {
      throw new IllegalStateException(type.getName() + " has no @QueryRule");
    }
    return new RuleInfo(annotation.id(), annotation.summary(), annotation.identity(), annotation.indexed(),
        annotation.other(), readDoc(annotation.id()));
  }

  /** The level for a field of class {@code fieldClass}. */
  public Level levelFor(FieldClass fieldClass) {
    return switch (fieldClass) {
      case IDENTITY -> identity;
      case INDEXED -> indexed;
      case OTHER -> other;
    };
  }

  /** The most severe level the rule reports: its SARIF default. */
  public Level defaultLevel() {
    return identity;
  }

  /** The path of the doc page inside the jar and the repository's resources. */
  public static String docResource(String id) {
    return "/io/github/regexguard/rules/docs/" + id + ".md";
  }

  private static String readDoc(String id) {
    try (InputStream in = RuleInfo.class.getResourceAsStream(docResource(id))) {
      if (in == null) {
        throw new IllegalStateException("missing rule doc " + docResource(id));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
