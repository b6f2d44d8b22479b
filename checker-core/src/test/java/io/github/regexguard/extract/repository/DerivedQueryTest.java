package io.github.regexguard.extract.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.regexguard.extract.repository.DerivedQuery.Action;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DerivedQueryTest {

  private static DerivedQuery parse(String name) {
    return DerivedQuery.parse(name).orElseThrow(() -> new AssertionError("not a derived query: " + name));
  }

  private static Condition only(String name) {
    List<Condition> conditions = parse(name).conditions();
    assertEquals(1, conditions.size(), conditions.toString());
    return conditions.get(0);
  }

  @Test
  void jhipsterLookupIsAnIgnoreCaseEquality() {
    DerivedQuery query = parse("findOneByEmailIgnoreCase");
    assertEquals(new DerivedQuery.Subject("find", Action.FIND, false, OptionalInt.empty()), query.subject());
    assertEquals(List.of(new Condition("EmailIgnoreCase", "email", Keyword.SIMPLE_PROPERTY, IgnoreCase.ALWAYS, 0)),
        query.conditions());
    assertEquals(Optional.empty(), query.orderBy());
  }

  @Test
  void ignoringCaseIsASynonym() {
    assertEquals(IgnoreCase.ALWAYS, only("findByLoginIgnoringCase").ignoreCase());
    assertEquals("login", only("findByLoginIgnoringCase").property());
  }

  @Test
  void ignoreCaseBeforeTheKeywordIsRemovedToo() {
    Condition condition = only("findByEmailIgnoreCaseIn");
    assertEquals(Keyword.IN, condition.keyword());
    assertEquals("email", condition.property());
    assertEquals(IgnoreCase.ALWAYS, condition.ignoreCase());
  }

  @Test
  void compoundPropertyNameStaysOneProperty() {
    Condition condition = only("findByEmailAddressIgnoreCase");
    assertEquals("emailAddress", condition.property());
    assertEquals(List.of("emailAddress"), condition.explicitSegments());
  }

  @Test
  void distinctLimitAndOrderBy() {
    DerivedQuery query = parse("findDistinctFirst3ByLastnameOrderByAgeDesc");
    assertEquals(new DerivedQuery.Subject("find", Action.FIND, true, OptionalInt.of(3)), query.subject());
    assertEquals("lastname", query.conditions().get(0).property());
    assertEquals(Keyword.SIMPLE_PROPERTY, query.conditions().get(0).keyword());
    assertEquals(Optional.of("AgeDesc"), query.orderBy());
  }

  @Test
  void firstWithoutNumberLimitsToOne() {
    assertEquals(OptionalInt.of(1), parse("findFirstByEmail").subject().limit());
    assertEquals(OptionalInt.of(10), parse("queryTop10ByScoreGreaterThan").subject().limit());
    assertEquals(OptionalInt.empty(), parse("countByEmail").subject().limit());
  }

  @Test
  void underscoreSeparatesNestedSegments() {
    DerivedQuery query = parse("countByAddress_ZipCode");
    assertEquals(Action.COUNT, query.subject().action());
    Condition condition = query.conditions().get(0);
    assertEquals("address_ZipCode", condition.property());
    assertEquals(List.of("address", "zipCode"), condition.explicitSegments());
  }

  @Test
  void allIgnoreCaseAppliesWhenPossibleToEveryCondition() {
    DerivedQuery query = parse("findByNameAndEmailAllIgnoreCase");
    assertEquals(List.of(
        new Condition("Name", "name", Keyword.SIMPLE_PROPERTY, IgnoreCase.WHEN_POSSIBLE, 0),
        new Condition("Email", "email", Keyword.SIMPLE_PROPERTY, IgnoreCase.WHEN_POSSIBLE, 1)),
        query.conditions());
    assertEquals(1, query.alternatives().size());
  }

  @Test
  void allIgnoringCaseBeforeOrderBy() {
    DerivedQuery query = parse("findByLastnameAllIgnoringCaseOrderByFirstnameAsc");
    assertEquals(IgnoreCase.WHEN_POSSIBLE, query.conditions().get(0).ignoreCase());
    assertEquals(Optional.of("FirstnameAsc"), query.orderBy());
  }

  @Test
  void orSplitsAlternativesAndParametersRunAcrossThem() {
    DerivedQuery query = parse("findByEmailIgnoreCaseOrLoginAndAgeBetween");
    assertEquals(2, query.alternatives().size());
    assertEquals("email", query.alternatives().get(0).get(0).property());
    List<Condition> second = query.alternatives().get(1);
    assertEquals("login", second.get(0).property());
    assertEquals(1, second.get(0).firstParameter());
    assertEquals(Keyword.BETWEEN, second.get(1).keyword());
    assertEquals(List.of(2, 3), second.get(1).parameters());
    assertEquals(4, query.parameterCount());
  }

  @Test
  void keywordsWithoutArgumentsConsumeNoParameter() {
    DerivedQuery query = parse("findByDeletedIsNullAndActiveTrueAndEmailStartingWith");
    assertEquals(List.of(Keyword.IS_NULL, Keyword.TRUE, Keyword.STARTING_WITH),
        query.conditions().stream().map(Condition::keyword).toList());
    assertEquals(0, query.conditions().get(2).firstParameter());
  }

  @ParameterizedTest
  @CsvSource({
      "findByLoginStartingWith, login, STARTING_WITH",
      "findByLoginStartsWith, login, STARTING_WITH",
      "findByLoginIsStartingWith, login, STARTING_WITH",
      "findByEmailEndingWith, email, ENDING_WITH",
      "findByEmailEndsWith, email, ENDING_WITH",
      "findByEmailContaining, email, CONTAINING",
      "findByEmailContains, email, CONTAINING",
      "findByEmailIsContaining, email, CONTAINING",
      "findByEmailNotContaining, email, NOT_CONTAINING",
      "findByEmailNotContains, email, NOT_CONTAINING",
      "findByEmailLike, email, LIKE",
      "findByEmailIsLike, email, LIKE",
      "findByEmailNotLike, email, NOT_LIKE",
      "findByEmailIsNotLike, email, NOT_LIKE",
      "findByEmailRegex, email, REGEX",
      "findByEmailMatchesRegex, email, REGEX",
      "findByEmailMatches, email, REGEX",
      "findByEmailIn, email, IN",
      "findByEmailIsIn, email, IN",
      "findByEmailNotIn, email, NOT_IN",
      "findByEmailIs, email, SIMPLE_PROPERTY",
      "findByEmailEquals, email, SIMPLE_PROPERTY",
      "findByEmail, email, SIMPLE_PROPERTY",
      "findByEmailNot, email, NEGATING_SIMPLE_PROPERTY",
      "findByEmailIsNot, email, NEGATING_SIMPLE_PROPERTY",
      "findByEmailIsNotNull, email, IS_NOT_NULL",
      "findByEmailNull, email, IS_NULL",
      "findByEmailExists, email, EXISTS",
      "findByAgeGreaterThanEqual, age, GREATER_THAN_EQUAL",
      "findByAgeLessThan, age, LESS_THAN",
      "findByCreatedBefore, created, BEFORE",
      "findByTagsIsEmpty, tags, IS_EMPTY",
      "findByTagsNotEmpty, tags, IS_NOT_EMPTY",
      "findByLocationNear, location, NEAR",
      "findByLocationWithin, location, WITHIN",
      "findByActiveIsFalse, active, FALSE",
  })
  void keywordSpellings(String name, String property, Keyword keyword) {
    Condition condition = only(name);
    assertEquals(property, condition.property());
    assertEquals(keyword, condition.keyword());
    assertEquals(IgnoreCase.NEVER, condition.ignoreCase());
  }

  @ParameterizedTest
  @CsvSource({
      "findByEmail, find, FIND",
      "readByEmail, read, FIND",
      "getByEmail, get, FIND",
      "queryByEmail, query, FIND",
      "searchByEmail, search, FIND",
      "streamAllByEmail, stream, FIND",
      "findAllByEmail, find, FIND",
      "findUsersByEmail, find, FIND",
      "countByEmail, count, COUNT",
      "countDistinctByEmail, count, COUNT",
      "existsByEmailIgnoreCase, exists, EXISTS",
      "deleteByEmail, delete, DELETE",
      "removeAllByEmail, remove, DELETE",
  })
  void subjects(String name, String verb, Action action) {
    DerivedQuery query = parse(name);
    assertEquals(verb, query.subject().verb());
    assertEquals(action, query.subject().action());
    assertEquals("email", query.conditions().get(0).property());
  }

  @ParameterizedTest
  @ValueSource(strings = {"save", "findAll", "deleteAll", "FindByEmail", "customLookup", "findEmail", "byEmail", "findbyEmail",
      "findByAOrderByBOrderByC"})
  void notDerivedQueries(String name) {
    assertTrue(DerivedQuery.parse(name).isEmpty(), name);
  }

  @Test
  void keywordLettersInsidePropertyNamesDoNotSplit() {
    DerivedQuery query = parse("findByOrderNumberAndColorOrBrandName");
    assertEquals(List.of("orderNumber", "color"),
        query.alternatives().get(0).stream().map(Condition::property).toList());
    assertEquals("brandName", query.alternatives().get(1).get(0).property());
    assertEquals(Optional.empty(), query.orderBy());
  }

  @Test
  void orderByAloneHasNoConditions() {
    DerivedQuery query = parse("findAllByOrderByCreatedDateDesc");
    assertTrue(query.conditions().isEmpty());
    assertEquals(Optional.of("CreatedDateDesc"), query.orderBy());
  }

  @Test
  void propertyEndingInAKeywordIsReadAsTheKeywordLikeSpringDataDoes() {
    // Spring Data reads "findByLoginIn" as IN on login, whatever the domain type declares.
    assertEquals(Keyword.IN, only("findByLoginIn").keyword());
    assertFalse(only("findByDomain").keyword() == Keyword.IN);
  }

  @Test
  void upperCaseAcronymKeepsItsCase() {
    assertEquals("URL", only("findByURLIgnoreCase").property());
    assertEquals("uuid", only("findByUuid").property());
  }
}
