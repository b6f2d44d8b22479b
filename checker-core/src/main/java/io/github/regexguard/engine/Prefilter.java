package io.github.regexguard.engine;

import io.github.regexguard.extract.FrontEnd;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cheap text test that skips files no front end can find anything in, so most files of a large
 * tree are never parsed; and, for a file that is parsed, the front ends that can find something in
 * it, so the others are not asked about every call of a file that is not theirs.
 */
final class Prefilter {

  private final String[] triggers;
  private final List<FrontEnd> frontEnds;

  Prefilter(List<FrontEnd> frontEnds) {
    this.frontEnds = List.copyOf(frontEnds);
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

  /** The front ends with a trigger word in {@code text}, and those that name none (they see every parsed file). */
  List<FrontEnd> frontEndsFor(String text) {
    List<FrontEnd> active = new ArrayList<>(frontEnds.size());
    for (FrontEnd frontEnd : frontEnds) {
      List<String> words = frontEnd.triggers();
      if (words.isEmpty() || words.stream().anyMatch(text::contains)) {
        active.add(frontEnd);
      }
    }
    return active;
  }
}
