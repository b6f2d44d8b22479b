package io.github.regexguard.report;

import io.github.regexguard.AnalysisResult;
import io.github.regexguard.baseline.BaselineEntry;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.Level;
import io.github.regexguard.model.Suppression;
import io.github.regexguard.rule.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A short summary for a pull-request comment or a CI job summary: counts, the most severe findings
 * with {@code file:line} and their rewrites, the rest in a collapsed section.
 */
public final class MarkdownReporter implements Reporter {

  static final int TOP = 10;
  /** GitHub refuses comments over 65,536 characters; the collapsed list stops well before. */
  static final int MAX_CHARS = 60_000;

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String fileName() {
    return "regexguard.md";
  }

  @Override
  public void write(AnalysisResult result, Writer out) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("### regexguard: ").append(counts(result)).append("\n\n");
    if (!result.findings().isEmpty()) {
      table(result, md);
    }
    String setAside = setAside(result);
    if (!setAside.isEmpty()) {
      md.append(setAside).append("\n\n");
    }
    List<Finding> ordered = new ArrayList<>(result.findings());
    ordered.sort(Comparator.comparing(Finding::level).reversed().thenComparing(AnalysisResult.FINDING_ORDER));
    List<Finding> top = ordered.subList(0, Math.min(TOP, ordered.size()));
    if (!top.isEmpty()) {
      md.append("#### ").append(top.size() == ordered.size() ? "Findings" : "Top findings").append("\n\n");
      for (int i = 0; i < top.size(); i++) {
        topFinding(i + 1, top.get(i), md);
      }
    }
    List<Finding> rest = ordered.subList(top.size(), ordered.size());
    details(md, rest.size() + " more finding" + plural(rest.size()), rest,
        f -> headline(f) + "  \n  rewrite: " + code(f.rewrite().primary()));
    List<Suppression> unexplained = result.unexplainedSuppressions();
    details(md, "Suppressions without a reason (" + unexplained.size() + ")", unexplained,
        s -> "`" + s.path() + ":" + s.line() + "` " + text(s.how()) + ": add `-- reason`");
    List<BaselineEntry> stale = result.baseline().unmatched();
    details(md, "Baseline entries that no longer match anything (" + stale.size() + ")", stale,
        e -> "`" + e.path() + "` [" + e.ruleId() + "] " + code(e.code()));
    details(md, "Files that could not be analysed (" + result.errors().size() + ")", result.errors(),
        e -> "`" + e.path() + ":" + Math.max(1, e.line()) + "` " + text(e.message()));
    md.append("<sub>regexguard ").append(text(result.toolVersion())).append(" · ")
        .append(result.statistics().filesDiscovered()).append(" files, ")
        .append(result.statistics().lines()).append(" lines</sub>\n\n");
    // Reference definitions keep each rule's long doc link out of every line that names the rule.
    for (RuleInfo rule : result.rules()) {
      md.append('[').append(rule.id()).append("]: ").append(SarifReporter.helpUri(rule.id())).append('\n');
    }
    out.write(md.toString());
  }

  private static String counts(AnalysisResult result) {
    long errors = result.count(Level.ERROR);
    long warnings = result.count(Level.WARNING);
    long notes = result.count(Level.NOTE);
    if (errors + warnings + notes == 0) {
      return "no findings";
    }
    return errors + " error" + plural(errors) + ", " + warnings + " warning" + plural(warnings) + ", "
        + notes + " note" + plural(notes);
  }

  private static void table(AnalysisResult result, StringBuilder md) {
    md.append("| rule | error | warning | note |\n|---|---:|---:|---:|\n");
    for (RuleInfo rule : result.rules()) {
      long[] byLevel = new long[Level.values().length];
      result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).forEach(f -> byLevel[f.level().ordinal()]++);
      if (byLevel[0] + byLevel[1] + byLevel[2] > 0) {
        md.append("| [").append(rule.id()).append("] | ")
            .append(byLevel[Level.ERROR.ordinal()]).append(" | ").append(byLevel[Level.WARNING.ordinal()])
            .append(" | ").append(byLevel[Level.NOTE.ordinal()]).append(" |\n");
      }
    }
    md.append("| **total** | ").append(result.count(Level.ERROR)).append(" | ").append(result.count(Level.WARNING))
        .append(" | ").append(result.count(Level.NOTE)).append(" |\n\n");
  }

  private static String setAside(AnalysisResult result) {
    List<String> parts = new ArrayList<>();
    int suppressed = result.suppressed().size();
    if (suppressed > 0) {
      int unexplained = result.unexplainedSuppressions().size();
      parts.add(suppressed + " suppressed in the code" + (unexplained == 0 ? ""
          : " (" + unexplained + " suppression" + plural(unexplained) + " without a reason)"));
    }
    if (result.baseline().applied()) {
      int stale = result.baseline().unmatched().size();
      parts.add(result.baseline().baselined().size() + " baselined"
          + (stale == 0 ? "" : " (" + stale + " baseline entr" + (stale == 1 ? "y" : "ies") + " no longer match)"));
    }
    if (!result.errors().isEmpty()) {
      parts.add(result.errors().size() + " file" + plural(result.errors().size()) + " could not be analysed");
    }
    return parts.isEmpty() ? "" : "Not counted: " + String.join("; ", parts) + ".";
  }

  private static void topFinding(int n, Finding f, StringBuilder md) {
    md.append(n).append(". ").append(headline(f)).append('\n');
    md.append("   ").append(text(f.message())).append('\n');
    f.evidence().filter(e -> !f.message().toLowerCase(Locale.ROOT).contains(e.toLowerCase(Locale.ROOT)))
        .ifPresent(e -> md.append("   <br>Index: ").append(text(e)).append('\n'));
    md.append('\n');
    String fence = fence(f.rewrite().primary());
    md.append("   ").append(fence).append("java\n   ").append(f.rewrite().primary()).append("\n   ").append(fence)
        .append("\n\n");
  }

  private static String headline(Finding f) {
    return "**" + f.level().id() + "** `" + f.path() + ":" + f.location().beginLine() + "` ["
        + f.ruleId() + "] on `" + f.field().replace("`", "'") + "`";
  }

  /** A collapsed list, cut short once the summary reaches {@link #MAX_CHARS}; nothing when empty. */
  private static <T> void details(StringBuilder md, String summary, List<T> items, Function<T, String> line) {
    if (items.isEmpty()) {
      return;
    }
    md.append("<details>\n<summary>").append(text(summary)).append("</summary>\n\n");
    for (int i = 0; i < items.size(); i++) {
      if (md.length() > MAX_CHARS) {
        md.append("- … and ").append(items.size() - i).append(" more in the full report\n");
        break;
      }
      md.append("- ").append(line.apply(items.get(i))).append('\n');
    }
    md.append("\n</details>\n\n");
  }

  /** Inline code that survives backticks in the code. */
  static String code(String code) {
    String oneLine = code.replace('\n', ' ');
    int run = longestBacktickRun(oneLine);
    String ticks = "`".repeat(run + 1);
    String pad = run > 0 || oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
    return ticks + pad + oneLine + pad + ticks;
  }

  private static String fence(String code) {
    return "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
  }

  private static int longestBacktickRun(String s) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /** Prose with Markdown, HTML and GitHub math metacharacters escaped, on one line. */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append(' ');
      } else if ("\\`*_[]<>|$~&".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String plural(long n) {
    return n == 1 ? "" : "s";
  }
}
