package io.github.regexguard.engine;

import io.github.regexguard.extract.FrontEnd;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cheap text test that skips files no front end can find anything in, so most files of a large
 * tree are never parsed.
 */
final class Prefilter {

  private final String[] triggers;

  Prefilter(List<FrontEnd> frontEnds) {
    Set<String> all = new LinkedHashSet<>();
    frontEnds.forEach(f -> all.addAll(f.triggers()));
    // A trigger that contains another one can never decide alone: each is one more pass over the text.
    List<String> candidates = List.copyOf(all);
    all.removeIf(t -> candidates.stream().anyMatch(other -> !other.equals(t) && t.contains(other)));
    triggers = all.toArray(String[]::new);
  }

  boolean mayMatch(String text) {
    for (String trigger : triggers) {
      if (text.contains(trigger)) {
        return true;
      }
    }
    return false;
  }
}
