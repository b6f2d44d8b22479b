package io.github.regexguard.report;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.baseline.Baseline;
import io.github.regexguard.baseline.BaselineEntry;
import io.github.regexguard.model.Finding;
import io.github.regexguard.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A project that exercises every part of a report: the bundled fixtures, a file with suppressions
 * (one without a reason), a file whose pattern is hostile HTML, a file that does not parse, and a
 * baseline with one matching and one stale entry.
 */
final class ReportScenario {

  static final String HOSTILE_PATTERN = "^</code></pre><script>document.title='pwned'</script>&amp;$";

  private ReportScenario() {}

  static AnalysisResult analyse(Path project) {
    Path sources = project.resolve("src/main/java");
    copyTree(Fixtures.sources(), sources);
    write(sources.resolve("com/acme/Hostile.java"), """
        package com.acme;

        import com.mongodb.client.MongoCollection;
        import com.mongodb.client.model.Filters;
        import org.bson.Document;

        class Hostile {
          MongoCollection<Document> users;

          Document byMarkup() {
            return users.find(Filters.regex("email", "%s", "i")).first();
          }
        }
        """.formatted(HOSTILE_PATTERN.replace("\\", "\\\\")));
    write(sources.resolve("com/acme/Suppressed.java"), """
        package com.acme;

        import com.mongodb.client.MongoCollection;
        import com.mongodb.client.model.Filters;
        import java.util.regex.Pattern;
        import org.bson.Document;

        class Suppressed {
          MongoCollection<Document> users;

          @SuppressWarnings("regexguard")
          Document legacy(String email) {
            return users.find(Filters.regex("email", "^" + Pattern.quote(email) + "$", "i")).first();
          }

          Document login(String login) {
            // regexguard:ignore CaseInsensitiveEquality -- login ids are lower-case ASCII since 2021
            return users.find(Filters.regex("login", "^" + Pattern.quote(login) + "$", "i")).first();
          }
        }
        """);
    write(sources.resolve("com/acme/Legacy.java"), """
        package com.acme;

        import com.mongodb.client.MongoCollection;
        import com.mongodb.client.model.Filters;
        import java.util.regex.Pattern;
        import org.bson.Document;

        class Legacy {
          MongoCollection<Document> users;

          Document byName(String name) {
            return users.find(Filters.regex("username", "^" + Pattern.quote(name) + "$", "i")).first();
          }
        }
        """);
    write(sources.resolve("com/acme/Broken.java"), """
        package com.acme;

        import com.mongodb.client.model.Filters;

        class Broken {
          void half( {
        }
        """);
    AnalysisResult first = Analyzer.analyze(AnalysisRequest.builder(project).build());
    List<BaselineEntry> entries = new ArrayList<>();
    for (Finding f : first.findings()) {
      if (f.path().endsWith("com/acme/Legacy.java")) {
        entries.add(BaselineEntry.of(f));
      }
    }
    entries.add(new BaselineEntry("UnanchoredMatch", "src/main/java/com/acme/Gone.java", "email",
        "Filters.regex(\"email\", domain)"));
    return Analyzer.analyze(AnalysisRequest.builder(project).baseline(new Baseline(entries)).build());
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
