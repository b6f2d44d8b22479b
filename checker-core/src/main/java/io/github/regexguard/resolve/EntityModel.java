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

  /**
   * The database path of a dotted Java property path of {@code entity}, every segment renamed and
   * followed into embedded classes: {@code address.zipCode} becomes {@code addr.zip}. Empty when a
   * segment is not a property.
   */
  default Optional<String> databasePath(Entity entity, String javaPath) {
    return javaPath.contains(".") ? Optional.empty() : entity.property(javaPath).map(Entity.Property::dbName);
  }
}
