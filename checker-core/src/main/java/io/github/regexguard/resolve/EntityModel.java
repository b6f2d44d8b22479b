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
   * The class embedded in {@code property} of {@code owner}, seen as an entity of the same store and
   * collection or table, so that nested paths can be followed. It need not carry a mapping annotation.
   */
  default Optional<Entity> embedded(CompilationUnit from, Entity owner, Entity.Property property) {
    return property.embeddedType().flatMap(type -> find(from, type));
  }

  /**
   * The database path of a dotted Java property path of {@code entity}, every segment renamed and
   * followed into embedded classes: {@code address.zipCode} becomes {@code addr.zip}. Empty when a
   * segment is not a property.
   */
  default Optional<String> databasePath(Entity entity, String javaPath) {
    return javaPath.contains(".") ? Optional.empty() : entity.property(javaPath).map(Entity.Property::dbName);
  }
}
