package io.github.regexguard.model;

import java.util.List;

/**
 * The index-friendly alternatives for a finding, best first.
 *
 * @param primary the rewrite the message recommends, in the flagged code's own API
 * @param alternatives further strategies, each one line
 */
public record Rewrite(String primary, List<String> alternatives) {

  public Rewrite {
    alternatives = List.copyOf(alternatives);
  }

  public static Rewrite of(String primary, String... alternatives) {
    return new Rewrite(primary, List.of(alternatives));
  }
}
