package io.github.regexguard.baseline;

import io.github.regexguard.model.Finding;
import java.util.List;

/**
 * What a baseline did to a run.
 *
 * @param applied whether a baseline was given
 * @param baselined findings the baseline hid
 * @param unmatched baseline entries, within the run's scope, that no finding matched any more
 */
public record BaselineOutcome(boolean applied, List<Finding> baselined, List<BaselineEntry> unmatched) {

  public static final BaselineOutcome NONE = new BaselineOutcome(false, List.of(), List.of());

  public BaselineOutcome {
    baselined = List.copyOf(baselined);
    unmatched = List.copyOf(unmatched);
  }
}
