package io.github.regexguard.model;

import java.util.List;

/** A machine-applicable, behaviour-preserving edit of the flagged code. */
public record SuggestedFix(String description, List<TextEdit> edits) {

  public SuggestedFix {
    edits = List.copyOf(edits);
  }
}
