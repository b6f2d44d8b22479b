package io.github.regexguard.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.ast.CompilationUnit;
import io.github.regexguard.fold.ExpressionFolder;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeConstantsTest {

  @TempDir
  Path dir;

  private Optional<String> fold(SourceFiles files, String path, String variable) {
    SourceTree tree = files.tree();
    CompilationUnit unit = files.unit(tree, path);
    return new ExpressionFolder(new TreeConstants(tree)).constantString(SourceFiles.initializerOf(unit, variable));
  }

  private SourceFiles names() {
    return new SourceFiles(dir)
        .with("com/acme/names/Fields.java", """
            package com.acme.names;
            public final class Fields {
              public static final String EMAIL = "email";
              public static final String PREFIX = "auth.";
              public static final String LOCAL_EMAIL = PREFIX + "local." + EMAIL;
              public static final String LOOP = Other.LOOP;
            }
            """)
        .with("com/acme/names/Other.java", """
            package com.acme.names;
            public final class Other { public static final String LOOP = Fields.LOOP; }
            """)
        .with("com/acme/names/Keys.java", """
            package com.acme.names;
            public interface Keys { String LOGIN = "login"; }
            """)
        .with("com/acme/names/Role.java", """
            package com.acme.names;
            public enum Role {
              ADMIN("admin_name"), GUEST("guest");
              private final String key;
              Role(String key) { this.key = key; }
              public String key() { return key; }
            }
            """);
  }

  @Test
  void qualifiedConstantInAnotherPackage() {
    SourceFiles files = names().with("com/acme/dao/Dao.java", """
        package com.acme.dao;
        import com.acme.names.Fields;
        class Dao { String a = Fields.LOCAL_EMAIL; String b = com.acme.names.Fields.EMAIL; }
        """);
    assertEquals(Optional.of("auth.local.email"), fold(files, "com/acme/dao/Dao.java", "a"));
    assertEquals(Optional.of("email"), fold(files, "com/acme/dao/Dao.java", "b"));
  }

  @Test
  void staticImportsSingleAndOnDemand() {
    SourceFiles files = names()
        .with("com/acme/dao/One.java", """
            package com.acme.dao;
            import static com.acme.names.Fields.EMAIL;
            class One { String a = EMAIL; }
            """)
        .with("com/acme/dao/All.java", """
            package com.acme.dao;
            import static com.acme.names.Fields.*;
            class All { String a = LOCAL_EMAIL; }
            """);
    assertEquals(Optional.of("email"), fold(files, "com/acme/dao/One.java", "a"));
    assertEquals(Optional.of("auth.local.email"), fold(files, "com/acme/dao/All.java", "a"));
  }

  @Test
  void interfaceConstantsInheritedByTheImplementingClass() {
    SourceFiles files = names().with("com/acme/dao/Dao.java", """
        package com.acme.dao;
        import com.acme.names.Keys;
        class Dao implements Keys { String a = LOGIN; String b = Dao.LOGIN; }
        """);
    assertEquals(Optional.of("login"), fold(files, "com/acme/dao/Dao.java", "a"));
    assertEquals(Optional.of("login"), fold(files, "com/acme/dao/Dao.java", "b"));
  }

  @Test
  void enumConstantAccessorsAndName() {
    SourceFiles files = names().with("com/acme/dao/Dao.java", """
        package com.acme.dao;
        import com.acme.names.Role;
        class Dao { String a = Role.ADMIN.key(); String b = Role.GUEST.name(); String c = Role.ADMIN.toString(); }
        """);
    assertEquals(Optional.of("admin_name"), fold(files, "com/acme/dao/Dao.java", "a"));
    assertEquals(Optional.of("GUEST"), fold(files, "com/acme/dao/Dao.java", "b"));
    assertEquals(Optional.of("ADMIN"), fold(files, "com/acme/dao/Dao.java", "c"));
  }

  @Test
  void lombokFieldNameConstantsAndTheJpaMetamodel() {
    SourceFiles files = new SourceFiles(dir)
        .with("com/acme/model/User.java", """
            package com.acme.model;
            import lombok.experimental.FieldNameConstants;
            @FieldNameConstants
            public class User { private String emailAddress; private static String IGNORED; }
            """)
        .with("com/acme/dao/Dao.java", """
            package com.acme.dao;
            import com.acme.model.User;
            import com.acme.model.User_;
            class Dao {
              String a = User.Fields.emailAddress;
              String b = User_.EMAIL_ADDRESS;
              String c = User.Fields.missing;
            }
            """);
    assertEquals(Optional.of("emailAddress"), fold(files, "com/acme/dao/Dao.java", "a"));
    assertEquals(Optional.of("emailAddress"), fold(files, "com/acme/dao/Dao.java", "b"));
    assertEquals(Optional.empty(), fold(files, "com/acme/dao/Dao.java", "c"));
  }

  @Test
  void aProjectClassOfTheSameNameInAnotherPackageIsNotTheImportedOne() {
    SourceFiles files = names()
        .with("com/acme/other/Fields.java", """
            package com.acme.other;
            public final class Fields { public static final String EMAIL = "wrong"; }
            """)
        .with("com/acme/dao/Dao.java", """
            package com.acme.dao;
            import com.acme.names.Fields;
            class Dao { String a = Fields.EMAIL; }
            """);
    assertEquals(Optional.of("email"), fold(files, "com/acme/dao/Dao.java", "a"));
  }

  @Test
  void cyclesAndUnknownNamesStayDynamic() {
    SourceFiles files = names().with("com/acme/dao/Dao.java", """
        package com.acme.dao;
        import com.acme.names.Fields;
        class Dao { String a = Fields.LOOP; String b = Missing.NAME; }
        """);
    assertEquals(Optional.empty(), fold(files, "com/acme/dao/Dao.java", "a"));
    assertEquals(Optional.empty(), fold(files, "com/acme/dao/Dao.java", "b"));
  }
}
