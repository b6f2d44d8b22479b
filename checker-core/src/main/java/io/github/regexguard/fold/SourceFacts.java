package io.github.regexguard.fold;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import io.github.regexguard.source.Imports;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Per-file facts computed once and kept on the file's syntax tree. */
public final class SourceFacts {

  private static final DataKey<Imports> IMPORTS = new DataKey<>() {};
  private static final DataKey<Set<String>> METHOD_NAMES = new DataKey<>() {};

  private SourceFacts() {}

  /** The imports of the file {@code node} belongs to. */
  public static Optional<Imports> imports(Node node) {
    return node.findCompilationUnit().map(SourceFacts::importsOf);
  }

  public static Imports importsOf(CompilationUnit unit) {
    synchronized (unit) {
      if (!unit.containsData(IMPORTS)) {
        unit.setData(IMPORTS, new Imports(unit));
      }
      return unit.getData(IMPORTS);
    }
  }

  /** Whether the file {@code node} belongs to declares a method named {@code name}. */
  public static boolean declaresMethod(Node node, String name) {
    return node.findCompilationUnit().map(unit -> methodNamesOf(unit).contains(name)).orElse(false);
  }

  private static Set<String> methodNamesOf(CompilationUnit unit) {
    synchronized (unit) {
      if (!unit.containsData(METHOD_NAMES)) {
        Set<String> names = new HashSet<>();
        unit.findAll(MethodDeclaration.class).forEach(m -> names.add(m.getNameAsString()));
        unit.setData(METHOD_NAMES, names);
      }
      return unit.getData(METHOD_NAMES);
    }
  }
}
