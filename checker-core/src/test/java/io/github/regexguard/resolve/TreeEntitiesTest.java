package io.github.regexguard.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.CompilationUnit;
import io.github.regexguard.model.Store;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeEntitiesTest {

  @TempDir
  Path dir;

  private SourceFiles model() {
    return new SourceFiles(dir)
        .with("com/acme/model/Account.java", """
            package com.acme.model;
            import org.springframework.data.annotation.Id;
            import org.springframework.data.mongodb.core.mapping.Document;
            import org.springframework.data.mongodb.core.mapping.Field;
            import java.util.List;
            @Document(collection = "accounts")
            public class Account extends Base {
              @Field("email") private String contact;
              @Field(name = "addr") private Address address;
              private List<String> tags;
              private transient String cached;
              private static final String CONSTANT = "x";
            }
            """)
        .with("com/acme/model/Base.java", """
            package com.acme.model;
            public abstract class Base { private String id; }
            """)
        .with("com/acme/model/Address.java", """
            package com.acme.model;
            import org.springframework.data.mongodb.core.mapping.Field;
            public class Address { @Field("zip") private String zipCode; private String city; }
            """)
        .with("com/acme/model/Pet.java", """
            package com.acme.model;
            import dev.morphia.annotations.Entity;
            import dev.morphia.annotations.Id;
            import dev.morphia.annotations.Property;
            @Entity("pets")
            public class Pet { @Id private String key; @Property("pet_name") private String name; }
            """)
        .with("com/acme/model/Note.java", """
            package com.acme.model;
            import org.bson.codecs.pojo.annotations.BsonProperty;
            public class Note { @BsonProperty("txt") private String text; }
            """)
        .with("com/acme/model/Customer.java", """
            package com.acme.model;
            import jakarta.persistence.*;
            @Entity
            @Table(name = "customers")
            public class Customer { @Id private Long id; @Column(name = "mail") private String email; private String displayName; }
            """)
        .with("com/acme/model/Plain.java", """
            package com.acme.model;
            public class Plain { private String name; }
            """)
        .with("com/acme/dao/Dao.java", """
            package com.acme.dao;
            import com.acme.model.*;
            import com.acme.model.QAccount;
            import static com.acme.jooq.Tables.USERS;
            class Dao {
              Object a = Customer_.email;
              Object b = QAccount.account.address.zipCode;
              Object c = USERS.EMAIL_ADDRESS;
              Object d = q.contact;
              static final QAccount q = QAccount.account;
              Object e = Other.THING;
            }
            """);
  }

  @Test
  void springDataRenamesIdsInheritanceAndEmbeddedPaths() {
    SourceFiles files = model();
    SourceTree tree = files.tree();
    ProjectModel project = ProjectModel.of(tree, IdentityFields.defaults(), java.util.Set.of(), Optional.empty());
    CompilationUnit dao = files.unit(tree, "com/acme/dao/Dao.java");
    Entity account = project.entities().find(dao, "Account").orElseThrow();
    assertEquals(Store.MONGO, account.store());
    assertEquals("accounts", account.owner());
    assertEquals("email", account.property("contact").orElseThrow().dbName());
    assertEquals("_id", account.property("id").orElseThrow().dbName());
    assertTrue(account.property("tags").orElseThrow().multiValued());
    assertTrue(account.property("cached").isEmpty());
    assertTrue(account.property("CONSTANT").isEmpty());
    assertEquals(Optional.of("addr.zip"), project.entities().databasePath(account, "address.zipCode"));
    assertEquals(Optional.of("addr.city"), project.entities().databasePath(account, "address.city"));
    assertEquals(Optional.empty(), project.entities().databasePath(account, "address.nothing"));
    assertEquals("Account.java:7", account.declaredAt());
  }

  @Test
  void morphiaPojoCodecAndJpaMappings() {
    SourceFiles files = model();
    SourceTree tree = files.tree();
    ProjectModel project = ProjectModel.of(tree, IdentityFields.defaults(), java.util.Set.of(), Optional.empty());
    CompilationUnit dao = files.unit(tree, "com/acme/dao/Dao.java");
    Entity pet = project.entities().find(dao, "Pet").orElseThrow();
    assertEquals("pets", pet.owner());
    assertEquals("_id", pet.property("key").orElseThrow().dbName());
    assertEquals("pet_name", pet.property("name").orElseThrow().dbName());
    assertEquals("txt", project.entities().find(dao, "Note").orElseThrow().property("text").orElseThrow().dbName());
    Entity customer = project.entities().find(dao, "com.acme.model.Customer").orElseThrow();
    assertEquals(Store.SQL, customer.store());
    assertEquals("customers", customer.owner());
    assertEquals("mail", customer.property("email").orElseThrow().dbName());
    assertEquals("display_name", customer.property("displayName").orElseThrow().dbName());
    assertTrue(project.entities().find(dao, "Plain").isEmpty());
  }

  @Test
  void generatedCodeReferencesMapToDatabaseNames() {
    SourceFiles files = model();
    SourceTree tree = files.tree();
    ProjectModel project = ProjectModel.of(tree, IdentityFields.defaults(), java.util.Set.of(), Optional.empty());
    CompilationUnit dao = files.unit(tree, "com/acme/dao/Dao.java");
    assertEquals(Optional.of(new MappedField(Store.SQL, Optional.of("customers"), "email", "mail")),
        project.mappedField(SourceFiles.initializerOf(dao, "a")));
    assertEquals(Optional.of(new MappedField(Store.MONGO, Optional.of("accounts"), "address.zipCode", "addr.zip")),
        project.mappedField(SourceFiles.initializerOf(dao, "b")));
    assertEquals(Optional.of(new MappedField(Store.SQL, Optional.of("users"), "email_address", "email_address")),
        project.mappedField(SourceFiles.initializerOf(dao, "c")));
    assertEquals("email", project.mappedField(SourceFiles.initializerOf(dao, "d")).orElseThrow().dbPath());
    assertTrue(project.mappedField(SourceFiles.initializerOf(dao, "e")).isEmpty());
  }
}
