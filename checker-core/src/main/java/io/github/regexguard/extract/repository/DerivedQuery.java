package io.github.regexguard.extract.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository query method name parsed with Spring Data's grammar ({@code PartTree}), without
 * store semantics: {@code findDistinctFirst3ByLastnameAndEmailIgnoreCaseOrderByAgeDesc} is a
 * find subject (distinct, limit 3), conditions {@code lastname} and {@code email} (ignoring case)
 * joined by And, and an order clause. Stores give the conditions their own meaning (MongoDB
 * regexes, SQL {@code upper()}).
 *
 * <p>Only method names are matched here, with fixed patterns; names are identifiers, never
 * patterns from the scanned code.
 *
 * @param subject what the query does with the matches
 * @param alternatives the conditions: Or of And-groups, in the order of the name
 * @param orderBy the text after {@code OrderBy}, e.g. {@code AgeDescLastnameAsc}, if any
 */
public record DerivedQuery(Subject subject, List<List<Condition>> alternatives, Optional<String> orderBy) {

  private static final String KEYWORD_FOLLOWED_BY_WORD = "(%s)(?=(\\p{Lu}|\\P{InBASIC_LATIN}))";
  private static final Pattern PREFIX = Pattern.compile(
      "^(find|read|get|query|search|stream|count|exists|delete|remove)((\\p{Lu}.*?))??By");
  private static final Pattern LIMITED = Pattern.compile(
      "^(find|read|get|query|search|stream)(Distinct)?(First|Top)(\\d*)?(\\p{Lu}.*?)??By");
  private static final Pattern ALL_IGNORE_CASE = Pattern.compile("AllIgnor(ing|e)Case");
  private static final Pattern IGNORE_CASE = Pattern.compile("Ignor(ing|e)Case");
  private static final Pattern ORDER_BY = Pattern.compile(String.format(KEYWORD_FOLLOWED_BY_WORD, "OrderBy"));
  private static final Pattern OR = Pattern.compile(String.format(KEYWORD_FOLLOWED_BY_WORD, "Or"));
  private static final Pattern AND = Pattern.compile(String.format(KEYWORD_FOLLOWED_BY_WORD, "And"));

  public DerivedQuery {
    alternatives = alternatives.stream().map(List::copyOf).toList();
  }

  /** What a derived query does with the documents or rows it matches. */
  public enum Action { FIND, COUNT, EXISTS, DELETE }

  /**
   * The part before {@code By}.
   *
   * @param verb the leading verb as written: {@code find}, {@code read}, {@code exists}...
   * @param limit {@code First}/{@code Top} with its number (1 when none is written)
   */
  public record Subject(String verb, Action action, boolean distinct, OptionalInt limit) {}

  /**
   * The derived query a method name declares, or empty when the name does not start with a query
   * verb followed by {@code By} ({@code save}, {@code findAll}, {@code customLookup}), or uses
   * {@code OrderBy} twice (Spring Data rejects it).
   */
  public static Optional<DerivedQuery> parse(String methodName) {
    Matcher prefix = PREFIX.matcher(methodName);
    if (!prefix.find()) {
      return Optional.empty();
    }
    Subject subject = subject(prefix.group(), prefix.group(1));
    String predicate = methodName.substring(prefix.end());
    boolean allIgnoreCase = false;
    Matcher all = ALL_IGNORE_CASE.matcher(predicate);
    if (all.find()) {
      allIgnoreCase = true;
      predicate = predicate.substring(0, all.start()) + predicate.substring(all.end());
    }
    String[] ordered = ORDER_BY.split(predicate);
    if (ordered.length > 2) {
      return Optional.empty();
    }
    List<List<Condition>> alternatives = new ArrayList<>();
    int parameter = 0;
    for (String alternative : OR.split(ordered.length == 0 ? "" : ordered[0])) {
      List<Condition> group = new ArrayList<>();
      for (String source : AND.split(alternative)) {
        if (source.isBlank()) {
          continue;
        }
        Condition condition = condition(source, allIgnoreCase, parameter);
        parameter += condition.keyword().arguments();
        group.add(condition);
      }
      if (!group.isEmpty()) {
        alternatives.add(group);
      }
    }
    Optional<String> orderBy = ordered.length == 2 ? Optional.of(ordered[1]) : Optional.empty();
    return Optional.of(new DerivedQuery(subject, alternatives, orderBy));
  }

  /** Every condition, in the order of the name (which is the order they consume parameters). */
  public List<Condition> conditions() {
    return alternatives.stream().flatMap(List::stream).toList();
  }

  /** How many bindable parameters the conditions consume. */
  public int parameterCount() {
    return conditions().stream().mapToInt(c -> c.keyword().arguments()).sum();
  }

  private static Subject subject(String text, String verb) {
    Action action = switch (verb) {
      case "count" -> Action.COUNT;
      case "exists" -> Action.EXISTS;
      case "delete", "remove" -> Action.DELETE;
      default -> Action.FIND;
    };
    OptionalInt limit = OptionalInt.empty();
    Matcher limited = LIMITED.matcher(text);
    if (limited.find()) {
      String digits = limited.group(4);
      limit = OptionalInt.of(digits == null || digits.isEmpty() ? 1 : parseLimit(digits));
    }
    return new Subject(verb, action, text.contains("Distinct"), limit);
  }

  private static int parseLimit(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException tooLarge) {
      return Integer.MAX_VALUE;
    }
  }

  private static Condition condition(String source, boolean allIgnoreCase, int firstParameter) {
    String text = source;
    IgnoreCase ignoreCase = allIgnoreCase ? IgnoreCase.WHEN_POSSIBLE : IgnoreCase.NEVER;
    Matcher ignore = IGNORE_CASE.matcher(text);
    if (ignore.find()) {
      ignoreCase = IgnoreCase.ALWAYS;
      text = text.substring(0, ignore.start()) + text.substring(ignore.end());
    }
    Keyword keyword = Keyword.of(text);
    String property = PropertyPaths.decapitalize(text);
    String word = keyword.spelledAtEndOf(property);
    if (word != null) {
      property = property.substring(0, property.length() - word.length());
    }
    return new Condition(source, property, keyword, ignoreCase, firstParameter);
  }
}
