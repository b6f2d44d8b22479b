package io.github.regexguard.engine;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.model.Suppression;
import io.github.regexguard.source.JavaLines;
import io.github.regexguard.source.AnnotationMembers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The suppressions of one file. {@code @SuppressWarnings("regexguard[:RuleId[,RuleId]][ -- reason]")}
 * annotations are collected during the engine's single walk (this is a front end that emits
 * nothing); {@code // regexguard:ignore [RuleId...] [-- reason]} comments are read from the raw
 * lines, because the parser does not attribute comments, and only when a finding asks.
 */
final class Suppressions implements FrontEnd {

  private static final String KEY = "regexguard";
  private static final String IGNORE = "regexguard:ignore";

  /** An annotation suppression and the declaration it covers. */
  private record Scoped(SourceRange declaration, Suppression suppression) {}

  private final String path;
  private final String text;
  private final List<Scoped> annotations = new ArrayList<>();
  private List<String> lines;

  Suppressions(String path, String text) {
    this.path = path;
    this.text = text;
  }

  @Override
  public String id() {
    return "suppressions";
  }

  @Override
  public List<String> triggers() {
    return List.of();
  }

  @Override
  public void onAnnotation(AnnotationExpr annotation, ExtractionContext context) {
    String name = annotation.getNameAsString();
    if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
      return;
    }
    Optional<Node> declaration = annotation.getParentNode();
    if (declaration.isEmpty() || declaration.get().getRange().isEmpty()) {
      return;
    }
    SourceRange range = SourceRange.of(declaration.get().getRange().get());
    int line = ExtractionContext.rangeOf(annotation).beginLine();
    for (String value : values(annotation)) {
      parseAnnotationValue(value, line).ifPresent(s -> annotations.add(new Scoped(range, s)));
    }
  }

  /** The suppression that silences {@code finding}: the innermost annotation, else a comment. */
  Optional<Suppression> find(Finding finding) {
    SourceRange at = finding.location();
    Scoped innermost = null;
    for (Scoped scoped : annotations) {
      if (contains(scoped.declaration(), at) && scoped.suppression().covers(finding.ruleId())
          && (innermost == null || contains(innermost.declaration(), scoped.declaration()))) {
        innermost = scoped;
      }
    }
    if (innermost != null) {
      return Optional.of(innermost.suppression());
    }
    return comment(at.beginLine(), false).filter(s -> s.covers(finding.ruleId()))
        .or(() -> comment(at.beginLine() - 1, true).filter(s -> s.covers(finding.ruleId())));
  }

  private Optional<Suppression> comment(int line, boolean wholeLine) {
    if (lines == null) {
      lines = text.lines().toList();
    }
    if (line < 1 || line > lines.size() || !lines.get(line - 1).contains(IGNORE)) {
      return Optional.empty();
    }
    String source = lines.get(line - 1);
    int comment = JavaLines.lineCommentStart(source);
    if (comment < 0 || (wholeLine && !source.substring(0, comment).isBlank())) {
      return Optional.empty();
    }
    String body = source.substring(comment + 2).trim();
    if (!body.startsWith(IGNORE)) {
      return Optional.empty();
    }
    String rest = body.substring(IGNORE.length());
    if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(suppression(rest, line, Suppression.Kind.COMMENT));
  }

  private Optional<Suppression> parseAnnotationValue(String value, int line) {
    String v = value.trim();
    if (!v.startsWith(KEY)) {
      return Optional.empty();
    }
    String rest = v.substring(KEY.length());
    if (rest.startsWith(":")) {
      rest = " " + rest.substring(1);
    } else if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(suppression(rest, line, Suppression.Kind.ANNOTATION));
  }

  /** {@code [RuleId[,RuleId...]] [-- reason]}. */
  private Suppression suppression(String rest, int line, Suppression.Kind kind) {
    String ids = rest;
    Optional<String> reason = Optional.empty();
    int dashes = rest.indexOf("--");
    if (dashes >= 0) {
      ids = rest.substring(0, dashes);
      String why = rest.substring(dashes + 2).trim();
      reason = why.isEmpty() ? Optional.empty() : Optional.of(why);
    }
    List<String> ruleIds = Arrays.stream(ids.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
    return new Suppression(path, line, kind, ruleIds, reason);
  }

  private static List<String> values(AnnotationExpr annotation) {
    Expression value = AnnotationMembers.member(annotation, "value").orElse(null);
    List<String> out = new ArrayList<>();
    if (value instanceof StringLiteralExpr literal) {
      out.add(literal.asString());
    } else if (value instanceof ArrayInitializerExpr array) {
      array.getValues().forEach(v -> {
        if (v instanceof StringLiteralExpr literal) {
          out.add(literal.asString());
        }
      });
    }
    return out;
  }

  private static boolean contains(SourceRange outer, SourceRange inner) {
    return before(outer.beginLine(), outer.beginColumn(), inner.beginLine(), inner.beginColumn())
        && before(inner.endLine(), inner.endColumn(), outer.endLine(), outer.endColumn());
  }

  private static boolean before(int line, int column, int otherLine, int otherColumn) {
    return line < otherLine || (line == otherLine && column <= otherColumn);
  }
}
