package io.github.regexguard.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.regexguard.fold.Declarations;
import io.github.regexguard.source.Imports;
import io.github.regexguard.model.SourceRange;
import java.util.Optional;

/** Questions front ends ask about calls: whose method is this, what type was this variable declared with. */
public final class ApiCalls {

  private ApiCalls() {}

  /**
   * Whether {@code call} is a static method of {@code fqcn}: {@code Type.m(...)} with {@code Type}
   * imported or qualified, or {@code m(...)} statically imported and not declared in the file.
   */
  public static boolean isStaticCall(MethodCallExpr call, String fqcn, Imports imports) {
    return call.getScope()
        .map(s -> s.toString().equals(fqcn) || imports.refersTo(s, fqcn))
        .orElseGet(() -> imports.staticallyImports(call.getNameAsString(), fqcn)
            && !declaresMethod(call, call.getNameAsString()));
  }

  /** Whether a type as written ({@code Criteria}, {@code org.acme.Criteria}) denotes {@code fqcn}. */
  public static boolean isType(Type type, String fqcn, Imports imports) {
    if (!(type instanceof ClassOrInterfaceType c)) {
      return false;
    }
    String written = c.getNameWithScope();
    return written.equals(fqcn) || (written.equals(c.getNameAsString()) && imports.simpleNameRefersTo(written, fqcn));
  }

  /** The declared type of a parameter or local variable named by {@code expression}. */
  public static Optional<Type> declaredType(Expression expression) {
    if (!(expression instanceof NameExpr name)) {
      return Optional.empty();
    }
    return Declarations.resolve(name).map(d -> {
      if (d instanceof Declarations.ParameterRef p) {
        return p.parameter().getType();
      }
      if (d instanceof Declarations.EffectivelyFinalLocal l) {
        return l.declarator().getType();
      }
      if (d instanceof Declarations.MutableLocal m) {
        return m.declarator().getType();
      }
      return ((Declarations.ConstantField) d).declarator().getType();
    });
  }

  /** From the start of the call's method name to the end of its arguments: the text a fix replaces. */
  public static SourceRange nameToEnd(MethodCallExpr call) {
    SourceRange name = ExtractionContext.rangeOf(call.getName());
    SourceRange whole = ExtractionContext.rangeOf(call);
    return new SourceRange(name.beginLine(), name.beginColumn(), whole.endLine(), whole.endColumn());
  }

  private static boolean declaresMethod(Node node, String name) {
    return node.findCompilationUnit()
        .map(u -> u.findAll(MethodDeclaration.class).stream().anyMatch(m -> m.getNameAsString().equals(name)))
        .orElse(false);
  }
}
