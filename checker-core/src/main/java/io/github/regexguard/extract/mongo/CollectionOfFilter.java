package io.github.regexguard.extract.mongo;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.regexguard.extract.ExtractionContext;
import java.util.Optional;
import java.util.Set;

/**
 * The collection a driver filter is sent to: the receiver of the {@code find}, {@code countDocuments},
 * {@code updateOne}... call that takes the filter, directly or through a local variable, resolved by
 * the project model ({@code db.getCollection("users")}, {@code MongoCollection<User>}).
 */
final class CollectionOfFilter {

  private static final Set<String> FILTERING_METHODS = Set.of("find", "findOne", "findOneAndUpdate",
      "findOneAndReplace", "findOneAndDelete", "countDocuments", "count", "deleteOne", "deleteMany", "updateOne",
      "updateMany", "replaceOne", "distinct", "remove", "update", "findAndModify", "findAndRemove");

  private CollectionOfFilter() {}

  static Optional<String> of(Node filter, ExtractionContext context) {
    Node child = filter;
    for (Node n = filter.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof MethodCallExpr call && isFilteringCall(call) && isArgument(call, child)) {
        return context.project().collectionOf(call.getScope().get());
      }
      if (n instanceof VariableDeclarator local && local.getInitializer().orElse(null) == child) {
        return usedAsFilter(local, context);
      }
      if (n instanceof BodyDeclaration<?>) {
        return Optional.empty();
      }
      child = n;
    }
    return Optional.empty();
  }

  /** {@code Bson filter = Filters.regex(...); users.find(filter)}. */
  private static Optional<String> usedAsFilter(VariableDeclarator local, ExtractionContext context) {
    Optional<Node> body = local.findAncestor(BodyDeclaration.class).map(b -> (Node) b);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    for (MethodCallExpr call : body.get().findAll(MethodCallExpr.class)) {
      if (isFilteringCall(call) && call.getArguments().stream()
          .anyMatch(a -> a instanceof NameExpr n && n.getNameAsString().equals(local.getNameAsString()))) {
        return context.project().collectionOf(call.getScope().get());
      }
    }
    return Optional.empty();
  }

  private static boolean isFilteringCall(MethodCallExpr call) {
    return FILTERING_METHODS.contains(call.getNameAsString()) && call.getScope().isPresent();
  }

  private static boolean isArgument(MethodCallExpr call, Node child) {
    return call.getArguments().stream().anyMatch(a -> a == child);
  }
}
