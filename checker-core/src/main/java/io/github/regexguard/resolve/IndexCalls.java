package io.github.regexguard.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.github.regexguard.fold.ExpressionFolder;
import io.github.regexguard.fold.SourceFacts;
import io.github.regexguard.model.Store;
import io.github.regexguard.source.Imports;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Indexes created in code: the driver's {@code createIndex(Indexes.ascending(...), new
 * IndexOptions().unique(true))} and {@code createIndexes(List.of(new IndexModel(...)))}, key
 * documents, and Spring Data's {@code indexOps(User.class).ensureIndex(new Index().on("email",
 * ASC).unique())}.
 */
final class IndexCalls {

  private static final String INDEXES = "com.mongodb.client.model.Indexes";
  private static final List<String> KEY_DOCUMENTS =
      List.of("org.bson.Document", "com.mongodb.BasicDBObject", "org.bson.BsonDocument");

  private final ExpressionFolder folder;
  private final MongoCollections collections;
  private final EntityModel entities;

  IndexCalls(ExpressionFolder folder, MongoCollections collections, EntityModel entities) {
    this.folder = folder;
    this.collections = collections;
    this.entities = entities;
  }

  List<IndexEntry> read(CompilationUnit unit) {
    List<IndexEntry> entries = new ArrayList<>();
    for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
      String name = call.getNameAsString();
      int arguments = call.getArguments().size();
      if ((name.equals("createIndex") || name.equals("ensureIndex")) && (arguments == 1 || arguments == 2)) {
        index(call.getArgument(0), arguments == 2 ? Optional.of(call.getArgument(1)) : Optional.empty())
            .ifPresent(keys -> entries.addAll(entries(call, keys, unit)));
      } else if (name.equals("createIndexes") && arguments >= 1) {
        for (Expression model : listElements(call.getArgument(0))) {
          if (model instanceof ObjectCreationExpr creation && creation.getType().getNameAsString().equals("IndexModel")
              && !creation.getArguments().isEmpty()) {
            Optional<Expression> options = creation.getArguments().size() > 1
                ? Optional.of(creation.getArgument(1)) : Optional.empty();
            index(creation.getArgument(0), options).ifPresent(keys -> entries.addAll(entries(call, keys, unit)));
          }
        }
      }
    }
    return entries;
  }

  private List<IndexEntry> entries(MethodCallExpr call, IndexKeys keys, CompilationUnit unit) {
    Optional<Expression> receiver = call.getScope();
    Optional<String> owner = receiver.flatMap(collections::of);
    Optional<Entity> entity = receiver.flatMap(IndexCalls::indexOpsClass)
        .flatMap(type -> entities.find(unit, type.getType().asString()));
    IndexKeys renamed = entity.map(e -> rename(keys, e)).orElse(keys);
    return renamed.entries(Store.MONGO, owner.orElse(""),
        SourceTree.cite(unit, call.getName().getBegin().map(p -> p.line).orElse(1)));
  }

  /** Spring Data maps the keys of {@code indexOps(User.class)} through the entity's renames. */
  private IndexKeys rename(IndexKeys keys, Entity entity) {
    List<IndexKeys.Key> renamed = new ArrayList<>();
    for (IndexKeys.Key key : keys.keys()) {
      renamed.add(new IndexKeys.Key(entities.databasePath(entity, key.field()).orElse(key.field()), key.kind()));
    }
    return new IndexKeys(renamed, keys.unique(), keys.collation());
  }

  private static Optional<ClassExpr> indexOpsClass(Expression receiver) {
    if (receiver instanceof MethodCallExpr ops && ops.getNameAsString().equals("indexOps")
        && ops.getArguments().size() == 1 && ops.getArgument(0) instanceof ClassExpr type) {
      return Optional.of(type);
    }
    return Optional.empty();
  }

  /** The keys and options of an index specification in either API. */
  private Optional<IndexKeys> index(Expression keysExpression, Optional<Expression> optionsExpression) {
    Expression keys = folder.resolve(keysExpression).orElse(keysExpression);
    Optional<Expression> options = optionsExpression.map(o -> folder.resolve(o).orElse(o));
    Optional<List<IndexKeys.Key>> driverKeys = driverKeys(keys);
    if (driverKeys.isPresent()) {
      boolean unique = options.map(o -> chainFlag(o, "unique") || documentFlag(o, "unique")).orElse(false);
      Optional<String> collation = options.flatMap(o -> chainArgument(o, "collation"));
      return Optional.of(new IndexKeys(driverKeys.get(), unique, collation));
    }
    return springIndex(keys);
  }

  /** {@code Indexes.ascending/descending/compoundIndex/text/hashed}, a key document, or {@code Document.parse}. */
  private Optional<List<IndexKeys.Key>> driverKeys(Expression e) {
    Expression keys = folder.resolve(e).orElse(e);
    if (keys instanceof MethodCallExpr call && isIndexes(call)) {
      List<IndexKeys.Key> found = new ArrayList<>();
      String name = call.getNameAsString();
      if (name.equals("compoundIndex")) {
        for (Expression part : listElements(call.getArguments())) {
          found.addAll(driverKeys(part).orElse(List.of()));
        }
        return Optional.of(found);
      }
      Optional<IndexKind> kind = switch (name) {
        case "ascending", "descending" -> Optional.of(IndexKind.REGULAR);
        case "text" -> Optional.of(IndexKind.TEXT);
        case "hashed" -> Optional.of(IndexKind.HASHED);
        default -> Optional.empty();
      };
      for (Expression field : listElements(call.getArguments())) {
        folder.constantString(field).ifPresent(f -> found.add(new IndexKeys.Key(f, kind)));
      }
      return Optional.of(found);
    }
    if (keys instanceof MethodCallExpr parse && parse.getNameAsString().equals("parse")
        && parse.getArguments().size() == 1 && parse.getScope().map(s -> isKeyDocument(s.toString(), e)).orElse(false)) {
      return folder.constantString(parse.getArgument(0)).flatMap(IndexKeys::parseMongoKeys);
    }
    return keyDocument(keys);
  }

  /** {@code new Document("a", 1).append("b", -1)}: the chain's entries in order. */
  private Optional<List<IndexKeys.Key>> keyDocument(Expression e) {
    List<Expression[]> pairs = new ArrayList<>();
    Expression current = e;
    while (current instanceof MethodCallExpr call && (call.getNameAsString().equals("append")
        || call.getNameAsString().equals("put")) && call.getArguments().size() == 2 && call.getScope().isPresent()) {
      pairs.add(0, new Expression[] {call.getArgument(0), call.getArgument(1)});
      current = call.getScope().get();
    }
    if (!(current instanceof ObjectCreationExpr creation) || !isKeyDocument(creation.getType().getNameWithScope(), e)) {
      return Optional.empty();
    }
    if (creation.getArguments().size() == 2) {
      pairs.add(0, new Expression[] {creation.getArgument(0), creation.getArgument(1)});
    }
    List<IndexKeys.Key> keys = new ArrayList<>();
    for (Expression[] pair : pairs) {
      Optional<String> field = folder.constantString(pair[0]);
      Expression value = pair[1] instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS ? u.getExpression() : pair[1];
      Optional<IndexKind> kind = value instanceof IntegerLiteralExpr ? Optional.of(IndexKind.REGULAR)
          : folder.constantString(value).flatMap(IndexKeys::mongoKind);
      field.ifPresent(f -> keys.add(new IndexKeys.Key(f, kind)));
    }
    return keys.isEmpty() ? Optional.empty() : Optional.of(keys);
  }

  /**
   * Spring Data: {@code new Index().on("email", ASC).unique()}, {@code new Index("email", ASC)},
   * {@code new CompoundIndexDefinition(keyDocument)}, {@code new TextIndexDefinitionBuilder().onField("bio")}.
   */
  private Optional<IndexKeys> springIndex(Expression e) {
    List<IndexKeys.Key> keys = new ArrayList<>();
    boolean unique = false;
    Optional<String> collation = Optional.empty();
    Expression current = e;
    List<MethodCallExpr> chain = new ArrayList<>();
    while (current instanceof MethodCallExpr call && call.getScope().isPresent()) {
      chain.add(0, call);
      current = call.getScope().get();
    }
    if (!(current instanceof ObjectCreationExpr creation)) {
      return Optional.empty();
    }
    String type = creation.getType().getNameAsString();
    Optional<IndexKind> kind;
    if (type.equals("Index")) {
      kind = Optional.of(IndexKind.REGULAR);
      if (!creation.getArguments().isEmpty()) {
        folder.constantString(creation.getArgument(0)).ifPresent(f -> keys.add(new IndexKeys.Key(f, Optional.of(IndexKind.REGULAR))));
      }
    } else if (type.equals("CompoundIndexDefinition") && creation.getArguments().size() == 1) {
      kind = Optional.of(IndexKind.REGULAR);
      keys.addAll(keyDocument(folder.resolve(creation.getArgument(0)).orElse(creation.getArgument(0))).orElse(List.of()));
    } else if (type.equals("TextIndexDefinitionBuilder")) {
      kind = Optional.of(IndexKind.TEXT);
    } else {
      return Optional.empty();
    }
    for (MethodCallExpr call : chain) {
      String name = call.getNameAsString();
      if ((name.equals("on") || name.equals("onField")) && !call.getArguments().isEmpty()) {
        folder.constantString(call.getArgument(0)).ifPresent(f -> keys.add(new IndexKeys.Key(f, kind)));
      } else if (name.equals("onFields")) {
        call.getArguments().forEach(a -> folder.constantString(a).ifPresent(f -> keys.add(new IndexKeys.Key(f, kind))));
      } else if (name.equals("unique") && call.getArguments().isEmpty()) {
        unique = true;
      } else if (name.equals("collation") && call.getArguments().size() == 1) {
        collation = Optional.of(call.getArgument(0).toString());
      }
    }
    return keys.isEmpty() ? Optional.empty() : Optional.of(new IndexKeys(keys, unique, collation));
  }

  /** {@code new IndexOptions().unique(true)}: a boolean setter called with {@code true} in the chain. */
  private static boolean chainFlag(Expression options, String setter) {
    for (Expression e = options; e instanceof MethodCallExpr call; e = call.getScope().orElse(null)) {
      if (call.getNameAsString().equals(setter) && call.getArguments().size() == 1
          && call.getArgument(0) instanceof BooleanLiteralExpr b) {
        return b.getValue();
      }
    }
    return false;
  }

  private static Optional<String> chainArgument(Expression options, String setter) {
    for (Expression e = options; e instanceof MethodCallExpr call; e = call.getScope().orElse(null)) {
      if (call.getNameAsString().equals(setter) && call.getArguments().size() == 1) {
        return Optional.of(call.getArgument(0).toString());
      }
    }
    return Optional.empty();
  }

  /** The legacy driver's options document: {@code new BasicDBObject("unique", true)}. */
  private static boolean documentFlag(Expression options, String key) {
    for (ObjectCreationExpr creation : options.findAll(ObjectCreationExpr.class)) {
      if (creation.getArguments().size() == 2 && creation.getArgument(0).isStringLiteralExpr()
          && creation.getArgument(0).asStringLiteralExpr().asString().equals(key)
          && creation.getArgument(1) instanceof BooleanLiteralExpr b) {
        return b.getValue();
      }
    }
    return false;
  }

  private static boolean isIndexes(MethodCallExpr call) {
    Optional<Imports> imports = SourceFacts.imports(call);
    return call.getScope()
        .map(s -> s.toString().equals(INDEXES) || imports.map(i -> i.refersTo(s, INDEXES)).orElse(false))
        .orElseGet(() -> imports.map(i -> i.staticallyImports(call.getNameAsString(), INDEXES)).orElse(false));
  }

  private static boolean isKeyDocument(String written, Expression context) {
    Optional<Imports> imports = SourceFacts.imports(context);
    for (String qualified : KEY_DOCUMENTS) {
      String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
      if (written.equals(qualified)
          || (written.equals(simple) && imports.map(i -> i.simpleNameRefersTo(simple, qualified)).orElse(false))) {
        return true;
      }
    }
    return false;
  }

  /** The elements of {@code List.of(...)}/{@code Arrays.asList(...)}, or the expression itself. */
  private static List<Expression> listElements(Expression e) {
    if (e instanceof MethodCallExpr call && (call.getNameAsString().equals("of") || call.getNameAsString().equals("asList"))) {
      return call.getArguments();
    }
    return List.of(e);
  }

  private static List<Expression> listElements(List<Expression> arguments) {
    if (arguments.size() == 1) {
      return listElements(arguments.get(0));
    }
    return arguments;
  }
}
