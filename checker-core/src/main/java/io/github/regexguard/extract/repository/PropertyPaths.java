package io.github.regexguard.extract.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a condition's property path against the domain type the way Spring Data does
 * ({@code PropertyPath.from}): {@code _} separates segments explicitly; within a segment the longest
 * leading camel-case run that names a property wins and the rest is resolved against that
 * property's type, so {@code addressZipCode} is {@code address.zipCode} when {@code User} has no
 * {@code addressZipCode} but has an {@code address} whose type has {@code zipCode}.
 */
public final class PropertyPaths {

  /** Deeper paths are not real code; they bound the work on hostile names. */
  private static final int MAX_SEGMENTS = 32;

  private PropertyPaths() {}

  /**
   * The Java property names along {@code property}, or empty when the domain type has no such path.
   *
   * @param property a {@link Condition#property()}
   */
  public static Optional<List<String>> resolve(String property, DomainType root) {
    List<String> path = new ArrayList<>();
    DomainType type = root;
    for (String segment : property.split("_")) {
      if (segment.isEmpty()) {
        continue;
      }
      Optional<DomainType> next = resolveCamelCase(segment, type, path);
      if (next.isEmpty() || path.size() > MAX_SEGMENTS) {
        return Optional.empty();
      }
      type = next.get();
    }
    return path.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(path));
  }

  /** Resolves one {@code _}-free segment, appending the names it stands for to {@code path}. */
  private static Optional<DomainType> resolveCamelCase(String segment, DomainType type, List<String> path) {
    String source = segment;
    DomainType current = type;
    while (!source.isEmpty()) {
      boolean found = false;
      for (int end : headEnds(source)) {
        String head = decapitalize(source.substring(0, end));
        Optional<DomainType> property = current.property(head);
        if (property.isPresent()) {
          path.add(head);
          current = property.get();
          source = source.substring(end);
          found = true;
          break;
        }
      }
      if (!found || path.size() > MAX_SEGMENTS) {
        return Optional.empty();
      }
    }
    return Optional.of(current);
  }

  /** Where a head may end: the whole text first, then before each upper-case letter, longest first. */
  private static List<Integer> headEnds(String source) {
    List<Integer> ends = new ArrayList<>();
    ends.add(source.length());
    for (int i = source.length() - 1; i > 0; i--) {
      if (Character.isUpperCase(source.charAt(i))) {
        ends.add(i);
      }
    }
    return ends;
  }

  /**
   * The JavaBeans rule ({@code Introspector.decapitalize}): the first letter lower-cased, unless the
   * first two are both upper case ({@code URL} stays {@code URL}).
   */
  public static String decapitalize(String name) {
    if (name.isEmpty() || (name.length() > 1 && Character.isUpperCase(name.charAt(0))
        && Character.isUpperCase(name.charAt(1)))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
