package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import java.util.Optional;

/** The persistent classes of the project: what collection or table they map to and how their properties are named there. */
public interface EntityModel {

  EntityModel NONE = (from, typeName) -> Optional.empty();

  /**
   * The entity named {@code typeName} (simple or qualified, as written in {@code from}), if it is a
   * mapped class of the scanned tree.
   */
  Optional<Entity> find(CompilationUnit from, String typeName);
}
