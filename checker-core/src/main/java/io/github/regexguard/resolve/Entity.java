package io.github.regexguard.resolve;

import io.github.regexguard.model.Store;
import java.util.Map;
import java.util.Optional;

/**
 * A mapped class.
 *
 * @param qualifiedName the class's fully qualified name
 * @param store MONGO for {@code @Document}/Morphia {@code @Entity}/{@code @MongoEntity}, SQL for JPA {@code @Entity}
 * @param owner the collection or table name
 * @param properties by Java property name
 * @param declaredAt {@code User.java:12}
 */
public record Entity(
    String qualifiedName, Store store, String owner, Map<String, Property> properties, String declaredAt) {

  public Entity {
    properties = Map.copyOf(properties);
  }

  public Optional<Property> property(String javaName) {
    return Optional.ofNullable(properties.get(javaName));
  }

  /**
   * A property of a mapped class.
   *
   * @param javaName the field name in the class
   * @param dbName the field or column name in the database (after {@code @Field}, {@code @Column}... renames)
   * @param javaType the declared type as written, e.g. {@code String}, {@code List<String>}
   * @param multiValued a collection or array, so Spring Data's {@code Containing} means {@code $in}
   * @param embeddedType the simple name of an embedded class, for nested paths
   */
  public record Property(
      String javaName, String dbName, String javaType, boolean multiValued, Optional<String> embeddedType) {}
}
