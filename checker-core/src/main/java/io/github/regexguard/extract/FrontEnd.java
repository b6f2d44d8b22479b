package io.github.regexguard.extract;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.List;

/**
 * Knows the shapes of one database API and turns its calls, constructors, annotations and method
 * declarations into {@link io.github.regexguard.model.QueryPredicate}s. The engine walks each file
 * once and hands every node of these kinds to every front end.
 */
public interface FrontEnd {

  /** A short stable id, e.g. {@code mongo-driver}. */
  String id();

  /**
   * Words of which a file must contain at least one for this front end to find anything in it. The
   * engine parses only files with some front end's word and hands a file only to the front ends
   * whose words it contains (a front end with no words sees every parsed file).
   */
  List<String> triggers();

  default void onCall(MethodCallExpr call, ExtractionContext context) {}

  default void onNew(ObjectCreationExpr creation, ExtractionContext context) {}

  default void onMethod(MethodDeclaration method, ExtractionContext context) {}

  default void onAnnotation(AnnotationExpr annotation, ExtractionContext context) {}
}
