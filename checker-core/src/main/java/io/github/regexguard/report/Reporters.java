package io.github.regexguard.report;

import java.util.List;
import java.util.Optional;

/** The report formats regexguard writes, by name. */
public final class Reporters {

  private Reporters() {}

  public static List<Reporter> all() {
    return List.of(new TextReporter(), new SarifReporter(), new JsonReporter(), new HtmlReporter(),
        new MarkdownReporter());
  }

  public static Optional<Reporter> named(String format) {
    return all().stream().filter(r -> r.format().equalsIgnoreCase(format.trim())).findFirst();
  }
}
