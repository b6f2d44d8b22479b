package io.github.regexguard.pattern;

import java.util.Locale;

/** The regex options that matter for index use. */
public record RegexFlags(boolean caseInsensitive, boolean multiline, boolean extended) {

  public static final RegexFlags NONE = new RegexFlags(false, false, false);

  // java.util.regex.Pattern constants, repeated so that no scanned code is ever compiled.
  public static final int CASE_INSENSITIVE = 0x02;
  public static final int COMMENTS = 0x04;
  public static final int MULTILINE = 0x08;

  /** From a MongoDB options string such as {@code "i"}, {@code "im"}, {@code "si"}. */
  public static RegexFlags fromOptions(String options) {
    if (options == null) {
      return NONE;
    }
    String o = options.toLowerCase(Locale.ROOT);
    return new RegexFlags(o.indexOf('i') >= 0, o.indexOf('m') >= 0, o.indexOf('x') >= 0);
  }

  /** From {@code java.util.regex.Pattern} flag bits. */
  public static RegexFlags fromPatternFlags(int flags) {
    return new RegexFlags(
        (flags & CASE_INSENSITIVE) != 0, (flags & MULTILINE) != 0, (flags & COMMENTS) != 0);
  }

  public RegexFlags or(RegexFlags other) {
    return new RegexFlags(
        caseInsensitive || other.caseInsensitive,
        multiline || other.multiline,
        extended || other.extended);
  }

  public RegexFlags withCaseInsensitive(boolean on) {
    return new RegexFlags(on, multiline, extended);
  }

  public RegexFlags withMultiline(boolean on) {
    return new RegexFlags(caseInsensitive, on, extended);
  }

  public RegexFlags withExtended(boolean on) {
    return new RegexFlags(caseInsensitive, multiline, on);
  }
}
