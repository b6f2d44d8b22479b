package io.github.regexguard.extract.spring;

import com.github.javaparser.ast.CompilationUnit;
import io.github.regexguard.extract.repository.DomainType;
import io.github.regexguard.resolve.Entity;
import io.github.regexguard.resolve.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A mapped class seen as a {@link DomainType}: its properties, and embedded classes the model knows. */
record EntityDomain(Entity entity, EntityModel model, CompilationUnit from) implements DomainType {

  /** The database names and the last property along a resolved path of Java names. */
  record MappedPath(List<String> javaNames, List<String> dbNames, Entity.Property leaf) {
    String dotted() {
      return String.join(".", dbNames);
    }
  }

  @Override
  public Optional<DomainType> property(String javaName) {
    return entity.property(javaName).map(p -> model.embedded(from, entity, p)
        .<DomainType>map(embedded -> new EntityDomain(embedded, model, from))
        .orElse(DomainType.LEAF));
  }

  /** Maps Java property names to database names, following embedded classes. */
  Optional<MappedPath> map(List<String> javaNames) {
    List<String> dbNames = new ArrayList<>();
    Entity current = entity;
    Entity.Property property = null;
    for (String name : javaNames) {
      if (current == null) {
        return Optional.empty();
      }
      Optional<Entity.Property> next = current.property(name);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      property = next.get();
      dbNames.add(property.dbName());
      current = model.embedded(from, current, property).orElse(null);
    }
    return property == null ? Optional.empty() : Optional.of(new MappedPath(List.copyOf(javaNames), dbNames, property));
  }
}
