package io.github.regexguard.fold;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import io.github.regexguard.source.Imports;
import java.util.Optional;

/** Per-file facts computed once and kept on the file's syntax tree. */
public final class SourceFacts {

  private static final DataKey<Imports> IMPORTS = new DataKey<>() {};

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
}
