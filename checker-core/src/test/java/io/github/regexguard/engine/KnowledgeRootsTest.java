package io.github.regexguard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.AnalysisRequest;
import io.github.regexguard.AnalysisResult;
import io.github.regexguard.Analyzer;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entity in one module, its query in another: the index is known, only the query's module is reported. */
class KnowledgeRootsTest {

  @TempDir
  Path dir;

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void knowledgeRootsTeachIndexesButAreNotReported() throws IOException {
    write("model/src/main/java/com/acme/model/Voucher.java", """
        package com.acme.model;
        import org.springframework.data.mongodb.core.index.Indexed;
        import org.springframework.data.mongodb.core.mapping.Document;
        @Document("vouchers")
        public class Voucher {
          @Indexed(unique = true)
          private String code;
        }
        """);
    write("model/src/main/java/com/acme/model/Audit.java", """
        package com.acme.model;
        import com.mongodb.client.MongoCollection;
        import com.mongodb.client.model.Filters;
        class Audit {
          Object f(MongoCollection<Voucher> c, String q) { return c.find(Filters.regex("code", q)).first(); }
        }
        """);
    write("app/src/main/java/com/acme/app/Redeem.java", """
        package com.acme.app;
        import com.acme.model.Voucher;
        import com.mongodb.client.MongoCollection;
        import com.mongodb.client.model.Filters;
        import java.util.regex.Pattern;
        class Redeem {
          private final MongoCollection<Voucher> vouchers;
          Redeem(MongoCollection<Voucher> vouchers) { this.vouchers = vouchers; }
          Voucher find(String code) {
            return vouchers.find(Filters.regex("code", "^" + Pattern.quote(code) + "$", "i")).first();
          }
        }
        """);
    AnalysisResult alone = Analyzer.analyze(AnalysisRequest.builder(dir).path(Path.of("app")).build());
    assertEquals(Level.NOTE, alone.findings().get(0).level());

    AnalysisResult withModel = Analyzer.analyze(AnalysisRequest.builder(dir).path(Path.of("app"))
        .knowledgeRoots(List.of(dir.resolve("model"))).build());
    assertEquals(1, withModel.findings().size(), withModel.findings().toString());
    Finding finding = withModel.findings().get(0);
    assertEquals(Level.ERROR, finding.level());
    assertTrue(finding.path().startsWith("app/"), finding.path());
    assertTrue(finding.message().contains("vouchers.code is unique-indexed (Voucher.java:6)"), finding.message());
  }
}
