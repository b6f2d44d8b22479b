package io.github.regexguard.report;

import io.github.regexguard.model.SourceRange;
import io.github.regexguard.source.JavaLines;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The lines around a finding, read from the file when the report is written, with the offending
 * expression marked. All text is HTML-escaped here.
 */
final class SourceExcerpt {

  static final int CONTEXT = 2;
  static final int MAX_MARKED_LINES = 12;
  private static final long MAX_BYTES = 20L * 1024 * 1024;

  private SourceExcerpt() {}

  /** The file's lines (split as the parser splits them), or empty when it cannot be read. */
  static Optional<List<String>> read(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      return Optional.of(text.lines().toList());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * HTML for the lines around {@code extent}, each with its number, the extent inside a
   * {@code <mark>}; empty when the file no longer has those lines.
   */
  static Optional<String> render(List<String> lines, SourceRange extent, int reportedLine) {
    if (extent.beginLine() < 1 || extent.endLine() > lines.size() || extent.endLine() < extent.beginLine()) {
      return Optional.empty();
    }
    int lastMarked = Math.min(extent.endLine(), extent.beginLine() + MAX_MARKED_LINES - 1);
    int first = Math.max(1, extent.beginLine() - CONTEXT);
    int last = lastMarked < extent.endLine() ? lastMarked : Math.min(lines.size(), extent.endLine() + CONTEXT);
    int width = String.valueOf(last).length();
    StringBuilder html = new StringBuilder();
    for (int n = first; n <= last; n++) {
      String line = lines.get(n - 1);
      html.append("<span class=\"line").append(n == reportedLine ? " hit" : "").append("\"><span class=\"ln\">")
          .append(" ".repeat(width - String.valueOf(n).length())).append(n).append("</span><span class=\"src\">");
      if (n < extent.beginLine() || n > extent.endLine()) {
        html.append(Html.escape(line));
      } else {
        int from = n == extent.beginLine() ? clamp(extent.beginColumn() - 1, line) : indent(line);
        int to = n == extent.endLine() ? clamp(extent.endColumn(), line) : codeEnd(line);
        to = Math.max(from, to);
        html.append(Html.escape(line.substring(0, from))).append("<mark>")
            .append(Html.escape(line.substring(from, to))).append("</mark>").append(Html.escape(line.substring(to)));
      }
      html.append("</span></span>");
    }
    if (last < extent.endLine()) {
      html.append("<span class=\"line more\"><span class=\"ln\">").append(" ".repeat(width))
          .append("</span><span class=\"src\">… ").append(extent.endLine() - last).append(" more lines</span></span>");
    }
    return Optional.of(html.toString());
  }

  private static int clamp(int index, String line) {
    return Math.max(0, Math.min(index, line.length()));
  }

  /** The end of the code on a line, before a trailing {@code //} comment and the blanks before it. */
  private static int codeEnd(String line) {
    int comment = JavaLines.lineCommentStart(line);
    int end = comment < 0 ? line.length() : comment;
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }
}
