package io.github.regexguard.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Walks a file once and hands each call, constructor, method and annotation to the front ends. The
 * walk uses an explicit stack, so deeply nested code cannot overflow the thread's stack.
 */
final class FrontEndDispatcher {

  private final List<FrontEnd> frontEnds;

  FrontEndDispatcher(List<FrontEnd> frontEnds) {
    this.frontEnds = frontEnds;
  }

  void dispatch(CompilationUnit unit, ExtractionContext context) {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(unit);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      Cancellation.checkpoint();
      visit(node, context);
      List<Node> children = node.getChildNodes();
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
  }

  private void visit(Node node, ExtractionContext context) {
    if (node instanceof MethodCallExpr call) {
      frontEnds.forEach(f -> f.onCall(call, context));
    } else if (node instanceof ObjectCreationExpr creation) {
      frontEnds.forEach(f -> f.onNew(creation, context));
    } else if (node instanceof MethodDeclaration method) {
      frontEnds.forEach(f -> f.onMethod(method, context));
    } else if (node instanceof AnnotationExpr annotation) {
      frontEnds.forEach(f -> f.onAnnotation(annotation, context));
    }
  }
}
