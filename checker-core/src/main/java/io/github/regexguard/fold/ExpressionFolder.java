package io.github.regexguard.fold;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import io.github.regexguard.engine.Cancellation;
import io.github.regexguard.fold.Declarations.ConstantField;
import io.github.regexguard.fold.Declarations.EffectivelyFinalLocal;
import io.github.regexguard.pattern.PatternPart;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.source.QualifiedNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Folds string-valued expressions into {@link PatternText}: literals, text blocks, {@code +},
 * {@code String.format}/{@code formatted} with a literal format, {@code Pattern.quote}, effectively
 * final locals and constants. Whatever cannot be folded becomes a run-time part named by its source.
 */
public final class ExpressionFolder {

  /** How many constant indirections to follow; also bounds cycles such as {@code A = B; B = A}. */
  private static final int MAX_DEPTH = 32;

  private final ConstantSource constants;

  public ExpressionFolder(ConstantSource constants) {
    this.constants = constants;
  }

  /** The text the expression evaluates to, with unknown parts as raw run-time values. */
  public PatternText fold(Expression expression) {
    return fold(expression, 0);
  }

  /** The string value if the expression is a compile-time constant as far as regexguard can tell. */
  public Optional<String> constantString(Expression expression) {
    PatternText text = fold(expression);
    if (!text.isConstant()) {
      return Optional.empty();
    }
    return Optional.of(text.parts().isEmpty() ? "" : ((PatternPart.Literal) text.parts().get(0)).text());
  }

  /** The int value of a flags expression such as {@code Pattern.CASE_INSENSITIVE | Pattern.MULTILINE}. */
  public OptionalInt constantInt(Expression expression) {
    return constantInt(expression, 0);
  }

  /** Follows names to the expression they stand for (a constant's or local's initializer). */
  public Optional<Expression> resolve(Expression expression) {
    return resolve(expression, 0);
  }

  private Optional<Expression> resolve(Expression expression, int depth) {
    Expression e = unwrap(expression);
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    Optional<Expression> next = definitionOf(e);
    if (next.isEmpty()) {
      return Optional.of(e);
    }
    return resolve(next.get(), depth + 1);
  }

  private PatternText fold(Expression expression, int depth) {
    Cancellation.checkpoint();
    Expression e = unwrap(expression);
    if (depth > MAX_DEPTH) {
      return PatternText.dynamic(e.toString(), false);
    }
    if (e instanceof StringLiteralExpr s) {
      return PatternText.literal(s.asString());
    }
    if (e instanceof TextBlockLiteralExpr block) {
      return PatternText.literal(block.asString());
    }
    if (e instanceof CharLiteralExpr c) {
      return PatternText.literal(String.valueOf(c.asChar()));
    }
    if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      return foldConcatenation(binary, depth);
    }
    if (e instanceof MethodCallExpr call) {
      Optional<PatternText> folded = foldCall(call, depth);
      if (folded.isPresent()) {
        return folded.get();
      }
    }
    Optional<Expression> target = definitionOf(e);
    if (target.isPresent()) {
      return fold(target.get(), depth + 1);
    }
    return PatternText.dynamic(e instanceof NameExpr n ? n.getNameAsString() : e.toString(), false);
  }

  /**
   * Flattens {@code a + b + c} without recursion, so long chains cannot overflow: the left-nested
   * chain itself, and parenthesised right operands that are string concatenations for sure (their
   * leftmost operand is a string literal) such as {@code "a" + ("b" + c)}.
   */
  private PatternText foldConcatenation(BinaryExpr binary, int depth) {
    List<Expression> operands = new ArrayList<>();
    Deque<Expression> pending = new ArrayDeque<>();
    Deque<Boolean> onSpine = new ArrayDeque<>();
    pending.push(binary);
    onSpine.push(true);
    while (!pending.isEmpty()) {
      Expression e = unwrap(pending.pop());
      boolean spine = onSpine.pop();
      if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS && (spine || startsWithString(b))) {
        pending.push(b.getRight());
        onSpine.push(false);
        pending.push(b.getLeft());
        onSpine.push(spine);
      } else {
        operands.add(e);
      }
    }
    List<PatternPart> parts = new ArrayList<>();
    for (Expression operand : operands) {
      Expression o = unwrap(operand);
      if (o instanceof IntegerLiteralExpr i) {
        parts.add(new PatternPart.Literal(i.getValue()));
      } else if (o instanceof NameExpr name) {
        Optional<Expression> target = resolveName(name, binary);
        parts.addAll(target.isPresent() ? fold(target.get(), depth + 1).parts() : List.of(new PatternPart.Dynamic(name.getNameAsString(), false)));
      } else {
        parts.addAll(fold(o, depth + 1).parts());
      }
    }
    return new PatternText(parts);
  }

  private static boolean startsWithString(BinaryExpr concatenation) {
    Expression left = concatenation;
    while (unwrap(left) instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      left = b.getLeft();
    }
    Expression first = unwrap(left);
    return first instanceof StringLiteralExpr || first instanceof TextBlockLiteralExpr;
  }

  private Optional<PatternText> foldCall(MethodCallExpr call, int depth) {
    String name = call.getNameAsString();
    if (name.equals("quote") && call.getArguments().size() == 1 && isPatternType(call)) {
      PatternText inner = fold(call.getArgument(0), depth + 1);
      if (inner.isConstant()) {
        return Optional.of(PatternText.literal("\\Q" + constantText(inner) + "\\E"));
      }
      return Optional.of(PatternText.dynamic(call.getArgument(0).toString(), true));
    }
    if (name.equals("format") && call.getArguments().size() >= 1 && isStringType(call)) {
      // String.format(Locale, format, args...) has the format second
      int at = call.getArguments().size() >= 2 && isLocale(call.getArgument(0)) ? 1 : 0;
      return format(call.getArgument(at), call.getArguments().subList(at + 1, call.getArguments().size()), depth);
    }
    if (name.equals("formatted") && call.getScope().isPresent()) {
      return format(call.getScope().get(), call.getArguments(), depth);
    }
    if (call.getArguments().isEmpty() && call.getScope().isPresent()
        && call.getScope().get() instanceof FieldAccessExpr constant) {
      Optional<Expression> value = enumAccessor(constant, name);
      if (value.isPresent()) {
        return Optional.of(fold(value.get(), depth + 1));
      }
    }
    if (name.equals("concat") && call.getScope().isPresent() && call.getArguments().size() == 1) {
      PatternText left = fold(call.getScope().get(), depth + 1);
      return Optional.of(left.concat(fold(call.getArgument(0), depth + 1)));
    }
    return Optional.empty();
  }

  private Optional<PatternText> format(Expression formatExpr, List<Expression> args, int depth) {
    PatternText format = fold(formatExpr, depth + 1);
    if (!format.isConstant()) {
      return Optional.empty();
    }
    String f = constantText(format);
    List<PatternPart> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int next = 0;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c != '%' || i + 1 >= f.length()) {
        literal.append(c);
        continue;
      }
      int end = i + 1;
      while (end < f.length() && !Character.isLetter(f.charAt(end)) && f.charAt(end) != '%') {
        end++;
      }
      if (end >= f.length()) {
        literal.append(f, i, f.length());
        break;
      }
      char conversion = f.charAt(end);
      if (conversion == '%') {
        literal.append('%');
      } else if (conversion == 'n') {
        literal.append('\n');
      } else {
        String spec = f.substring(i + 1, end);
        int index = spec.contains("$") ? parseIndex(spec) : next++;
        parts.add(new PatternPart.Literal(literal.toString()));
        literal.setLength(0);
        if (index >= 0 && index < args.size()) {
          parts.addAll(fold(args.get(index), depth + 1).parts());
        } else {
          parts.add(new PatternPart.Dynamic(f.substring(i, end + 1), false));
        }
      }
      i = end;
    }
    parts.add(new PatternPart.Literal(literal.toString()));
    return Optional.of(new PatternText(parts));
  }

  private static int parseIndex(String spec) {
    try {
      return Integer.parseInt(spec.substring(0, spec.indexOf('$'))) - 1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private OptionalInt constantInt(Expression expression, int depth) {
    Expression e = unwrap(expression);
    if (depth > MAX_DEPTH) {
      return OptionalInt.empty();
    }
    if (e instanceof IntegerLiteralExpr literal) {
      try {
        return OptionalInt.of(Integer.decode(literal.getValue().replace("_", "")));
      } catch (NumberFormatException ex) {
        return OptionalInt.empty();
      }
    }
    if (e instanceof BinaryExpr b
        && (b.getOperator() == BinaryExpr.Operator.BINARY_OR || b.getOperator() == BinaryExpr.Operator.PLUS)) {
      OptionalInt left = constantInt(b.getLeft(), depth + 1);
      OptionalInt right = constantInt(b.getRight(), depth + 1);
      return left.isPresent() && right.isPresent()
          ? OptionalInt.of(left.getAsInt() | right.getAsInt())
          : OptionalInt.empty();
    }
    OptionalInt patternFlag = patternFlag(e);
    if (patternFlag.isPresent()) {
      return patternFlag;
    }
    Optional<Expression> target = definitionOf(e);
    return target.isPresent() ? constantInt(target.get(), depth + 1) : OptionalInt.empty();
  }

  /** {@code Pattern.CASE_INSENSITIVE} and friends, qualified or statically imported. */
  private OptionalInt patternFlag(Expression e) {
    String name;
    if (e instanceof FieldAccessExpr access && isPatternTypeName(access.getScope())) {
      name = access.getNameAsString();
    } else if (e instanceof NameExpr n
        && SourceFacts.imports(e).map(i -> i.staticallyImports(n.getNameAsString(), "java.util.regex.Pattern")).orElse(false)) {
      name = n.getNameAsString();
    } else {
      return OptionalInt.empty();
    }
    return switch (name) {
      case "UNIX_LINES" -> OptionalInt.of(0x01);
      case "CASE_INSENSITIVE" -> OptionalInt.of(0x02);
      case "COMMENTS" -> OptionalInt.of(0x04);
      case "MULTILINE" -> OptionalInt.of(0x08);
      case "LITERAL" -> OptionalInt.of(0x10);
      case "DOTALL" -> OptionalInt.of(0x20);
      case "UNICODE_CASE" -> OptionalInt.of(0x40);
      case "CANON_EQ" -> OptionalInt.of(0x80);
      case "UNICODE_CHARACTER_CLASS" -> OptionalInt.of(0x100);
      default -> OptionalInt.empty();
    };
  }

  /** The expression a name or constant access stands for: an initializer, or nothing. */
  private Optional<Expression> definitionOf(Expression e) {
    if (e instanceof NameExpr name) {
      return resolveName(name);
    }
    if (e instanceof FieldAccessExpr access) {
      return resolveFieldAccess(access);
    }
    return Optional.empty();
  }

  private Optional<Expression> resolveName(NameExpr name) {
    return resolveName(name, name);
  }

  private Optional<Expression> resolveName(NameExpr name, Node site) {
    Optional<Declarations.Declared> declared = Declarations.resolve(name, site);
    if (declared.isPresent()) {
      Declarations.Declared d = declared.get();
      if (d instanceof EffectivelyFinalLocal local) {
        return Optional.of(local.initializer());
      }
      if (d instanceof ConstantField field) {
        return Optional.of(field.initializer());
      }
      return Optional.empty();
    }
    Optional<CompilationUnit> unit = site.findCompilationUnit();
    return unit.flatMap(u -> constants.staticImport(u, name.getNameAsString())
        .or(() -> constants.inheritedConstant(u, name.getNameAsString())));
  }

  private Optional<Expression> resolveFieldAccess(FieldAccessExpr access) {
    Optional<CompilationUnit> unit = access.findCompilationUnit();
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> scopeName = QualifiedNames.of(access.getScope());
    if (scopeName.isEmpty()) {
      return Optional.empty();
    }
    String type = scopeName.get();
    String simpleType = type.substring(type.lastIndexOf('.') + 1);
    for (TypeDeclaration<?> declaration : unit.get().findAll(TypeDeclaration.class)) {
      if (declaration.getNameAsString().equals(simpleType)) {
        Optional<Declarations.Declared> field = Declarations.constantField(declaration, access.getNameAsString());
        if (field.isPresent()) {
          return Optional.of(((ConstantField) field.get()).initializer());
        }
      }
    }
    return constants.typeConstant(unit.get(), type, access.getNameAsString());
  }

  /** {@code Role.ADMIN.key()}: what an accessor returns for an enum constant built with constant arguments. */
  private Optional<Expression> enumAccessor(FieldAccessExpr constant, String method) {
    Optional<CompilationUnit> unit = constant.findCompilationUnit();
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    String type = constant.getScope().toString();
    String simpleType = type.substring(type.lastIndexOf('.') + 1);
    Optional<TypeDeclaration<?>> declaration = unit.get().findAll(TypeDeclaration.class).stream()
        .filter(t -> t.getNameAsString().equals(simpleType))
        .<TypeDeclaration<?>>map(t -> t)
        .findFirst()
        .or(() -> constants.type(unit.get(), type));
    return declaration.filter(TypeDeclaration::isEnumDeclaration)
        .flatMap(d -> EnumConstants.accessorValue(d.asEnumDeclaration(), constant.getNameAsString(), method));
  }

  private static boolean isPatternType(MethodCallExpr call) {
    return call.getScope().map(ExpressionFolder::isPatternTypeName).orElseGet(
        () -> SourceFacts.imports(call).map(i -> i.staticallyImports(call.getNameAsString(), "java.util.regex.Pattern")).orElse(false));
  }

  private static boolean isPatternTypeName(Expression scope) {
    return SourceFacts.imports(scope).map(i -> i.refersTo(scope, "java.util.regex.Pattern")).orElse(false)
        || QualifiedNames.is(scope, "java.util.regex.Pattern");
  }

  private static boolean isStringType(MethodCallExpr call) {
    return call.getScope().map(s -> QualifiedNames.is(s, "String") || QualifiedNames.is(s, "java.lang.String")).orElse(false);
  }

  private static boolean isLocale(Expression e) {
    String text = e.toString();
    return text.startsWith("Locale.") || text.startsWith("java.util.Locale.") || text.equals("locale");
  }

  private static String constantText(PatternText text) {
    return text.parts().isEmpty() ? "" : ((PatternPart.Literal) text.parts().get(0)).text();
  }

  static Expression unwrap(Expression e) {
    Expression current = e;
    while (true) {
      if (current instanceof EnclosedExpr enclosed) {
        current = enclosed.getInner();
      } else if (current instanceof CastExpr cast) {
        current = cast.getExpression();
      } else {
        return current;
      }
    }
  }

  /** The node's file, for callers that need its imports. */
  public static Optional<CompilationUnit> fileOf(Node node) {
    return node.findCompilationUnit();
  }
}
