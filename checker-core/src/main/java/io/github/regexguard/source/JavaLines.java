package io.github.regexguard.source;

/** Facts about single lines of Java source, for code that reads raw lines rather than the syntax tree. */
public final class JavaLines {

  private JavaLines() {}

  /** Where a {@code //} comment starts outside string and character literals and block comments, or -1. */
  public static int lineCommentStart(String line) {
    boolean inString = false;
    boolean inChar = false;
    boolean inBlock = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      char next = i + 1 < line.length() ? line.charAt(i + 1) : '\0';
      if (inBlock) {
        if (c == '*' && next == '/') {
          inBlock = false;
          i++;
        }
      } else if (inString || inChar) {
        if (c == '\\') {
          i++;
        } else if ((inString && c == '"') || (inChar && c == '\'')) {
          inString = false;
          inChar = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '\'') {
        inChar = true;
      } else if (c == '/' && next == '/') {
        return i;
      } else if (c == '/' && next == '*') {
        inBlock = true;
        i++;
      }
    }
    return -1;
  }
}
