package io.github.regexguard.extract.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PropertyPathsTest {

  /** A domain type given as nested maps: a property maps to its type's properties. */
  private record MapType(Map<String, MapType> properties) implements DomainType {
    @Override
    public Optional<DomainType> property(String javaName) {
      return Optional.ofNullable(properties.get(javaName));
    }
  }

  private static final MapType LEAF = new MapType(Map.of());
  private static final MapType ADDRESS = new MapType(Map.of("zipCode", LEAF, "city", LEAF));
  private static final MapType USER = new MapType(Map.of(
      "email", LEAF, "emailAddress", LEAF, "address", ADDRESS, "addressZipCode", LEAF, "login", LEAF));
  private static final MapType CUSTOMER = new MapType(Map.of("address", ADDRESS, "email", LEAF));

  @Test
  void wholeNameWinsOverNestedPath() {
    assertEquals(Optional.of(List.of("addressZipCode")), PropertyPaths.resolve("addressZipCode", USER));
    assertEquals(Optional.of(List.of("emailAddress")), PropertyPaths.resolve("emailAddress", USER));
  }

  @Test
  void camelCaseFallsBackToNestedPath() {
    assertEquals(Optional.of(List.of("address", "zipCode")), PropertyPaths.resolve("addressZipCode", CUSTOMER));
  }

  @Test
  void underscoreForcesTheNestedPath() {
    assertEquals(Optional.of(List.of("address", "zipCode")), PropertyPaths.resolve("address_ZipCode", USER));
  }

  @Test
  void unknownPropertyDoesNotResolve() {
    assertEquals(Optional.empty(), PropertyPaths.resolve("emailAddress", CUSTOMER));
    assertEquals(Optional.empty(), PropertyPaths.resolve("address_Street", USER));
  }

  @Test
  void derivedConditionResolvesAgainstTheDomain() {
    Condition condition = DerivedQuery.parse("countByAddressCityIgnoreCase").orElseThrow().conditions().get(0);
    assertEquals(Optional.of(List.of("address", "city")), PropertyPaths.resolve(condition.property(), CUSTOMER));
  }

  @Test
  void decapitalizeFollowsJavaBeans() {
    assertEquals("email", PropertyPaths.decapitalize("Email"));
    assertEquals("URL", PropertyPaths.decapitalize("URL"));
    assertEquals("x", PropertyPaths.decapitalize("X"));
    assertEquals("", PropertyPaths.decapitalize(""));
  }
}
