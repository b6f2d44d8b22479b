package io.github.regexguard.baseline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.regexguard.model.Finding;
import io.github.regexguard.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Findings a team has accepted for now: they are reported as baselined and do not fail the build,
 * while every new finding does. Entries hold no line numbers, so they survive line moves and edits
 * elsewhere in the file; two identical predicates in one file need two entries.
 */
public final class Baseline {

  static final String TOOL = "regexguard";
  static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::path)
      .thenComparing(BaselineEntry::ruleId).thenComparing(BaselineEntry::field).thenComparing(BaselineEntry::code);

  private final List<BaselineEntry> entries;

  public Baseline(List<BaselineEntry> entries) {
    List<BaselineEntry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    this.entries = List.copyOf(sorted);
  }

  /** The JSON document as stored. */
  record Stored(String tool, int formatVersion, List<BaselineEntry> findings) {}

  /** Thrown when a baseline file is missing or not a regexguard baseline; the message is one line. */
  public static final class InvalidBaselineException extends Exception {
    InvalidBaselineException(String message) {
      super(message);
    }
  }

  public static Baseline of(List<Finding> findings) {
    return new Baseline(findings.stream().map(BaselineEntry::of).toList());
  }

  public static Baseline read(Path file) throws InvalidBaselineException {
    try {
      Stored stored = MAPPER.readValue(Files.readString(file), Stored.class);
      if (!TOOL.equals(stored.tool()) || stored.findings() == null) {
        throw new InvalidBaselineException("baseline " + file + " is not a regexguard baseline");
      }
      if (stored.formatVersion() != FORMAT_VERSION) {
        throw new InvalidBaselineException("baseline " + file + " has format version " + stored.formatVersion()
            + "; this regexguard reads version " + FORMAT_VERSION);
      }
      for (BaselineEntry entry : stored.findings()) {
        if (entry == null || entry.ruleId() == null || entry.path() == null || entry.field() == null
            || entry.code() == null) {
          throw new InvalidBaselineException("baseline " + file + " has an entry without ruleId, path, field or code");
        }
      }
      return new Baseline(stored.findings());
    } catch (NoSuchFileException e) {
      throw new InvalidBaselineException("baseline " + file + " does not exist");
    } catch (JacksonException e) {
      throw new InvalidBaselineException("baseline " + file + " is not valid JSON (line "
          + e.getLocation().getLineNr() + ")");
    } catch (IOException e) {
      throw new InvalidBaselineException("cannot read baseline " + file + ": " + e.getClass().getSimpleName());
    }
  }

  public List<BaselineEntry> entries() {
    return entries;
  }

  /** Writes the baseline atomically, entries sorted, so that regenerating it gives small diffs. */
  public Path write(Path file) throws IOException {
    return ReportWriter.writeAtomically(file, out -> {
      MAPPER.writeValue(out, new Stored(TOOL, FORMAT_VERSION, entries));
      out.write("\n");
    });
  }

  /** The findings that remain after the baseline, and what the baseline hid. */
  public record Applied(List<Finding> remaining, BaselineOutcome outcome) {}

  /**
   * Hides each finding that an entry matches; each entry matches at most one finding. Unmatched
   * entries are reported only when {@code inScope} accepts their path, so a run over part of a tree
   * does not call the rest of the baseline stale.
   */
  public Applied apply(List<Finding> findings, Predicate<String> inScope) {
    Map<String, Deque<BaselineEntry>> open = new HashMap<>();
    for (BaselineEntry entry : entries) {
      open.computeIfAbsent(entry.fingerprint(), k -> new ArrayDeque<>()).add(entry);
    }
    List<Finding> remaining = new ArrayList<>();
    List<Finding> baselined = new ArrayList<>();
    for (Finding finding : findings) {
      Deque<BaselineEntry> candidates = open.get(BaselineEntry.of(finding).fingerprint());
      if (candidates != null && !candidates.isEmpty()) {
        candidates.poll();
        baselined.add(finding);
      } else {
        remaining.add(finding);
      }
    }
    List<BaselineEntry> unmatched = new ArrayList<>();
    open.values().forEach(unmatched::addAll);
    unmatched.removeIf(e -> !inScope.test(e.path()));
    unmatched.sort(ORDER);
    return new Applied(remaining, new BaselineOutcome(true, baselined, unmatched));
  }
}
