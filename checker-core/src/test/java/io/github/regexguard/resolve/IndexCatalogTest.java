package io.github.regexguard.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.Store;
import io.github.regexguard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCatalogTest {

  @TempDir
  Path dir;

  @Test
  void springDataAnnotationsWithRenamesAndCompoundKeys() {
    IndexCatalog catalog = new SourceFiles(dir).with("com/acme/User.java", """
        package com.acme;
        import org.springframework.data.mongodb.core.index.*;
        import org.springframework.data.mongodb.core.mapping.Document;
        import org.springframework.data.mongodb.core.mapping.Field;
        @Document(collection = "users", collation = "en")
        @CompoundIndexes({
          @CompoundIndex(def = "{'tenantId': 1, 'contact': -1}", unique = true),
          @CompoundIndex(def = "{ tenantId: 1, 'bio': 'text' }")
        })
        public class User {
          @Indexed(unique = true, collation = "{ 'locale': 'en', 'strength': 2 }")
          @Field("email") private String contact;
          @Indexed private String lastName;
          @TextIndexed private String bio;
          @HashIndexed private String externalId;
          private String tenantId;
        }
        """).catalog();
    assertEquals("""
        mongo users.tenantId REGULAR @0 collation=en (User.java:7)
        mongo users.email REGULAR @1 collation=en (User.java:7)
        mongo users.tenantId REGULAR @0 collation=en (User.java:8)
        mongo users.bio TEXT @1 collation=en (User.java:8)
        mongo users.email REGULAR unique @0 collation={ 'locale': 'en', 'strength': 2 } (User.java:11)
        mongo users.lastName REGULAR @0 collation=en (User.java:13)
        mongo users.bio TEXT @0 (User.java:14)
        mongo users.externalId HASHED @0 (User.java:15)""", SourceFiles.describe(catalog.entries()));
  }

  @Test
  void morphiaAndJpaAnnotations() {
    IndexCatalog catalog = new SourceFiles(dir)
        .with("com/acme/Pet.java", """
            package com.acme;
            import dev.morphia.annotations.*;
            import dev.morphia.utils.IndexType;
            @Entity("pets")
            @Indexes({@Index(fields = {@Field("ownerName"), @Field(value = "notes", type = IndexType.TEXT)},
                             options = @IndexOptions(unique = true)),
                      @Index(fields = @Field("tag"))})
            public class Pet {
              @Id private String id;
              @Property("owner_name") private String ownerName;
              @Indexed(options = @IndexOptions(unique = true)) private String chip;
              private String tag;
            }
            """)
        .with("com/acme/Customer.java", """
            package com.acme;
            import jakarta.persistence.*;
            import org.hibernate.annotations.NaturalId;
            @Entity
            @Table(name = "customers",
                indexes = @Index(name = "ix", columnList = "last_name, first_name DESC"),
                uniqueConstraints = @UniqueConstraint(columnNames = {"tax_code"}))
            public class Customer {
              @Id private Long id;
              @Column(name = "mail", unique = true) private String email;
              @NaturalId private String customerNumber;
            }
            """).catalog();
    assertEquals("""
        mongo pets.owner_name REGULAR @0 (Pet.java:5)
        mongo pets.notes TEXT @1 (Pet.java:5)
        mongo pets.tag REGULAR @0 (Pet.java:7)
        mongo pets.chip REGULAR unique @0 (Pet.java:11)
        sql customers.last_name REGULAR @0 (Customer.java:6)
        sql customers.first_name REGULAR @1 (Customer.java:6)
        sql customers.tax_code REGULAR unique @0 (Customer.java:7)
        sql customers.id REGULAR unique @0 (Customer.java:9)
        sql customers.mail REGULAR unique @0 (Customer.java:10)
        sql customers.customer_number REGULAR unique @0 (Customer.java:11)""", SourceFiles.describe(catalog.entries()));
  }

  @Test
  void indexesCreatedInCode() {
    IndexCatalog catalog = new SourceFiles(dir)
        .with("com/acme/Account.java", """
            package com.acme;
            import org.springframework.data.mongodb.core.mapping.Document;
            import org.springframework.data.mongodb.core.mapping.Field;
            @Document("accounts")
            public class Account { @Field("mail") private String email; }
            """)
        .with("com/acme/Setup.java", """
            package com.acme;
            import com.mongodb.client.*;
            import com.mongodb.client.model.*;
            import org.bson.Document;
            import org.springframework.data.domain.Sort;
            import org.springframework.data.mongodb.core.index.Index;
            import java.util.List;
            class Setup {
              private static final String LOGIN = "login";
              private final MongoCollection<Document> users;
              Setup(MongoDatabase db, org.springframework.data.mongodb.core.MongoTemplate template) {
                users = db.getCollection("users");
                users.createIndex(Indexes.ascending(LOGIN), new IndexOptions().unique(true));
                users.createIndex(Indexes.compoundIndex(Indexes.ascending("a"), Indexes.text("b")));
                db.getCollection("orders").createIndexes(List.of(
                    new IndexModel(new Document("customer", 1).append("day", -1)),
                    new IndexModel(Indexes.hashed("ref"))));
                template.indexOps(Account.class).ensureIndex(new Index().on("email", Sort.Direction.ASC).unique());
                template.indexOps("logs").ensureIndex(new Index("at", Sort.Direction.DESC));
              }
            }
            """).catalog();
    assertEquals("""
        mongo users.login REGULAR unique @0 (Setup.java:13)
        mongo users.a REGULAR @0 (Setup.java:14)
        mongo users.b TEXT @1 (Setup.java:14)
        mongo orders.customer REGULAR @0 (Setup.java:15)
        mongo orders.day REGULAR @1 (Setup.java:15)
        mongo orders.ref HASHED @0 (Setup.java:15)
        mongo accounts.mail REGULAR unique @0 (Setup.java:18)
        mongo logs.at REGULAR @0 (Setup.java:19)""", SourceFiles.describe(catalog.entries()));
  }

  @Test
  void flywayMigrationsOfTheFixtures() {
    SourceTree tree = new SourceTree(List.of(), List.of(Fixtures.sources()
        .resolve("../resources/db/migration/V1__member_accounts.sql").normalize()), java.nio.charset.StandardCharsets.UTF_8,
        1 << 20);
    IndexCatalog catalog = new CatalogBuilder(tree, new TreeEntities(tree, new io.github.regexguard.fold.ExpressionFolder(
        new TreeConstants(tree))), new io.github.regexguard.fold.ExpressionFolder(new TreeConstants(tree))).get();
    assertEquals("""
        sql member_accounts.id REGULAR unique @0 (V1__member_accounts.sql:2)
        sql member_accounts.voucher_code REGULAR unique @0 (V1__member_accounts.sql:10)
        sql member_accounts.contact_email EXPRESSION unique @0 expr=lower(contact_email) (V1__member_accounts.sql:11)
        sql member_accounts.display_name PATTERN_OPS @0 (V1__member_accounts.sql:12)
        sql member_accounts.biography TRIGRAM @0 (V1__member_accounts.sql:14)""", SourceFiles.describe(catalog.entries()));
  }

  @Test
  void sqlShapesJSqlParserAloneRejects() {
    List<IndexEntry> entries = SqlIndexes.read("""
        create unique index on public.users ((lower(email)));
        CREATE INDEX users_email_ci ON ONLY users (email COLLATE "und-ci-x" DESC NULLS LAST);
        CREATE INDEX users_name_idx ON users (tenant_id, lower(name) text_pattern_ops);
        CREATE FULLTEXT INDEX ft ON posts (body);
        ALTER TABLE users ADD CONSTRAINT users_handle_uq UNIQUE (handle);
        CREATE FUNCTION f() RETURNS int AS $$ select 1; $$ LANGUAGE sql;
        this is not sql;
        CREATE INDEX users_bad ON users USING hash (token);
        """, "V2__more.sql", 1);
    assertEquals("""
        sql users.email EXPRESSION unique @0 expr=lower(email) (V2__more.sql:1)
        sql users.email REGULAR @0 collation=und-ci-x (V2__more.sql:2)
        sql users.tenant_id REGULAR @0 (V2__more.sql:3)
        sql users.name EXPRESSION @1 expr=lower(name) (V2__more.sql:3)
        sql posts.body TEXT @0 (V2__more.sql:4)
        sql users.handle REGULAR unique @0 (V2__more.sql:5)
        sql users.token HASHED @0 (V2__more.sql:8)""", SourceFiles.describe(entries));
  }

  @Test
  void liquibaseXmlAndYamlChangelogs() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
          <changeSet id="1" author="a">
            <createTable tableName="users">
              <column name="id" type="bigint"><constraints primaryKey="true"/></column>
              <column name="email" type="varchar(255)"><constraints unique="true"/></column>
              <column name="bio" type="text"/>
            </createTable>
            <createIndex indexName="users_email_lower" tableName="users" unique="true">
              <column name="lower(email)" computed="true"/>
            </createIndex>
            <addUniqueConstraint tableName="users" columnNames="tenant_id, handle"/>
            <sql>CREATE INDEX users_bio_trgm ON users USING gin (bio gin_trgm_ops);</sql>
          </changeSet>
        </databaseChangeLog>
        """;
    assertEquals("""
        sql users.id REGULAR unique @0 (changelog.xml:4)
        sql users.email REGULAR unique @0 (changelog.xml:4)
        sql users.email EXPRESSION unique @0 expr=lower(email) (changelog.xml:9)
        sql users.tenant_id REGULAR @0 (changelog.xml:12)
        sql users.handle REGULAR @1 (changelog.xml:12)
        sql users.bio TRIGRAM @0 (changelog.xml:13)""",
        SourceFiles.describe(LiquibaseIndexes.readXml(xml, "changelog.xml")));
    String yaml = """
        databaseChangeLog:
          - changeSet:
              id: 1
              author: a
              changes:
                - createIndex:
                    tableName: accounts
                    indexName: accounts_login_lower
                    columns:
                      - column:
                          name: LOWER(login)
                          computed: true
                - createIndex:
                    tableName: accounts
                    unique: true
                    columns:
                      - column:
                          name: account_no
        """;
    assertEquals("""
        sql accounts.login EXPRESSION @0 expr=LOWER(login) (changelog.yaml:6)
        sql accounts.account_no REGULAR unique @0 (changelog.yaml:13)""",
        SourceFiles.describe(LiquibaseIndexes.readYaml(yaml, "changelog.yaml")));
  }

  @Test
  void xmlWithADoctypeIsNotExpanded() {
    String xml = """
        <?xml version="1.0"?>
        <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
        <databaseChangeLog><createIndex tableName="t"><column name="&e;"/></createIndex></databaseChangeLog>
        """;
    assertTrue(LiquibaseIndexes.readXml(xml, "evil.xml").isEmpty());
  }

  @Test
  void factsCiteTheirEvidence() {
    ProjectModel project = new ProjectModel(io.github.regexguard.fold.ConstantSource.NONE, EntityModel.NONE,
        new IndexCatalog(List.of(
            new IndexEntry(Store.MONGO, "users", "email", IndexKind.REGULAR, true, 0, Optional.empty(), Optional.empty(),
                "User.java:14"),
            new IndexEntry(Store.MONGO, "users", "bio", IndexKind.TEXT, false, 0, Optional.empty(), Optional.empty(),
                "User.java:20"),
            new IndexEntry(Store.MONGO, "orders", "code", IndexKind.REGULAR, true, 0, Optional.empty(), Optional.empty(),
                "Setup.java:3"))),
        IdentityFields.defaults(), Set.of());
    FieldFacts email = project.factsFor(Store.MONGO, FieldRef.named("\"email\"", "email"));
    assertEquals(FieldClass.IDENTITY, email.fieldClass());
    assertEquals(Optional.of("the query's collection or table is not known; users.email is unique-indexed (User.java:14)"),
        email.evidence());
    FieldFacts usersEmail = project.factsFor(Store.MONGO, FieldRef.named("\"email\"", "email").withOwner("users"));
    assertEquals(Optional.of("users.email is unique-indexed (User.java:14)"), usersEmail.evidence());
    FieldFacts unknownCode = project.factsFor(Store.MONGO, FieldRef.named("\"code\"", "code"));
    assertEquals(FieldClass.INDEXED, unknownCode.fieldClass(), "a unique index elsewhere is only an index");
    FieldFacts code = project.factsFor(Store.MONGO, FieldRef.named("\"code\"", "code").withOwner("orders"));
    assertEquals(FieldClass.IDENTITY, code.fieldClass());
    FieldFacts otherCode = project.factsFor(Store.MONGO, FieldRef.named("\"code\"", "code").withOwner("users"));
    assertEquals(FieldClass.OTHER, otherCode.fieldClass());
    FieldFacts bio = project.factsFor(Store.MONGO, FieldRef.named("\"bio\"", "bio").withOwner("users"));
    assertEquals(FieldClass.OTHER, bio.fieldClass());
    assertEquals(Optional.of("users.bio has only a text index (User.java:20), which cannot serve this predicate"),
        bio.evidence());
    FieldFacts login = project.factsFor(Store.MONGO, FieldRef.named("\"login\"", "login"));
    assertEquals(Optional.of("login is an identity field with no declared index: add the index along with the rewrite"),
        login.evidence());
    FieldFacts id = project.factsFor(Store.MONGO, FieldRef.named("\"_id\"", "_id").withOwner("users"));
    assertEquals(Optional.of("users._id is unique-indexed (" + IndexCatalog.BUILT_IN_ID + ")"), id.evidence());
  }

  @Test
  void theCatalogIsBuiltOnceAndOnlyWhenAsked() throws InterruptedException {
    AtomicInteger builds = new AtomicInteger();
    LazyIndexCatalog lazy = new LazyIndexCatalog(() -> {
      builds.incrementAndGet();
      return new IndexCatalog(List.of());
    });
    assertFalse(lazy.isBuilt());
    Thread[] threads = new Thread[8];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new Thread(() -> lazy.indexesOn(Store.MONGO, Optional.empty(), "email"));
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(1, builds.get());
  }
}
