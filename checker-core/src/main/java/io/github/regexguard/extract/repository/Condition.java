package io.github.regexguard.extract.repository;

import java.util.ArrayList;
import java.util.List;

/**
 * One condition of a derived query, e.g. {@code EmailIgnoreCase} in {@code findOneByEmailIgnoreCase}.
 *
 * @param source the condition as written in the method name, keywords included
 * @param property the property path as written, keywords removed and first letter lower-cased:
 *     {@code email}, {@code emailAddress}, {@code address_ZipCode}; resolve it against the domain
 *     type with {@link PropertyPaths}
 * @param keyword the comparison
 * @param ignoreCase whether and how case is ignored
 * @param firstParameter the index, among the method's bindable parameters (special parameters such
 *     as {@code Pageable} and {@code Sort} left out), of the first value this condition consumes;
 *     it consumes {@code keyword.arguments()} of them
 */
public record Condition(String source, String property, Keyword keyword, IgnoreCase ignoreCase, int firstParameter) {

  /**
   * The path's segments where the name separates them explicitly with {@code _}:
   * {@code address_ZipCode} gives {@code [address, zipCode]}, {@code addressZipCode} one segment.
   */
  public List<String> explicitSegments() {
    List<String> segments = new ArrayList<>();
    for (String segment : property.split("_")) {
      if (!segment.isEmpty()) {
        segments.add(PropertyPaths.decapitalize(segment));
      }
    }
    return segments;
  }

  /** The indexes of the bindable parameters this condition consumes. */
  public List<Integer> parameters() {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < keyword.arguments(); i++) {
      indexes.add(firstParameter + i);
    }
    return indexes;
  }
}
