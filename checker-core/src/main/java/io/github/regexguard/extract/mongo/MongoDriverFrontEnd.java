package io.github.regexguard.extract.mongo;

import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.regexguard.extract.ExtractionContext;
import io.github.regexguard.extract.FrontEnd;
import io.github.regexguard.extract.RegexValue;
import io.github.regexguard.extract.StringLocator;
import io.github.regexguard.extract.json.MongoJsonFilter;
import io.github.regexguard.fold.SourceFacts;
import io.github.regexguard.model.FieldRef;
import io.github.regexguard.model.Operator;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.model.SourceRange;
import io.github.regexguard.model.Store;
import io.github.regexguard.pattern.PatternScanner;
import io.github.regexguard.pattern.PatternShape;
import io.github.regexguard.pattern.PatternText;
import io.github.regexguard.pattern.RegexFlags;
import io.github.regexguard.source.QualifiedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The MongoDB Java driver (sync, reactive streams, legacy): {@code Filters.regex}, a regex value in
 * {@code Filters.eq/ne/in/nin}, {@code $regex} documents, JSON parsed by {@code Document.parse},
 * and the legacy {@code QueryBuilder}.
 */
public final class MongoDriverFrontEnd implements FrontEnd {

  static final String FILTERS = "com.mongodb.client.model.Filters";
  private static final List<String> DOCUMENT_TYPES =
      List.of("org.bson.Document", "com.mongodb.BasicDBObject", "org.bson.BsonDocument");
  private static final String QUERY_BUILDER = "com.mongodb.QueryBuilder";
  private static final DataKey<Boolean> DOCUMENT_CHAIN = new DataKey<>() {};
  private static final List<String> VALUE_FILTERS = List.of("eq", "ne", "in", "nin");

  @Override
  public String id() {
    return "mongo-driver";
  }

  @Override
  public List<String> triggers() {
    return List.of("com.mongodb", "org.bson");
  }

  @Override
  public void onCall(MethodCallExpr call, ExtractionContext context) {
    String name = call.getNameAsString();
    if (isFiltersCall(call, context)) {
      if (name.equals("regex") && call.getArguments().size() >= 2) {
        filtersRegex(call, context);
      } else if (VALUE_FILTERS.contains(name) && call.getArguments().size() >= 2) {
        filtersValue(call, context);
      }
    } else if (name.equals("parse") && call.getArguments().size() == 1 && isDocumentType(call.getScope(), context)) {
      jsonFilter(call, context);
    } else if ((name.equals("regex") || name.equals("is")) && call.getArguments().size() == 1) {
      queryBuilderRegex(call, context);
    } else if ((name.equals("append") || name.equals("put")) && call.getArguments().size() == 2) {
      documentEntry(call, call.getArgument(0), call.getArgument(1), call, context);
    }
  }

  @Override
  public void onNew(ObjectCreationExpr creation, ExtractionContext context) {
    if (creation.getArguments().size() == 2 && isDocumentTypeName(creation.getType().getNameWithScope(), context)) {
      documentEntry(creation, creation.getArgument(0), creation.getArgument(1), creation, context);
    }
  }

  private void filtersRegex(MethodCallExpr call, ExtractionContext context) {
    Expression patternArg = call.getArgument(1);
    Optional<RegexValue> value = RegexValue.of(patternArg, context.folder());
    PatternShape shape;
    if (value.isPresent()) {
      shape = value.get().shape();
    } else if (RegexValue.isOpaqueRegexObject(patternArg)) {
      return;
    } else {
      RegexFlags flags = call.getArguments().size() > 2
          ? RegexFlags.fromOptions(context.folder().constantString(call.getArgument(2)).orElse(""))
          : RegexFlags.NONE;
      shape = PatternScanner.scanRegex(context.folder().fold(patternArg), flags);
    }
    emit(call, call.getArgument(0), shape, nameRange(call), filtersPrefix(call), true, context);
  }

  private void filtersValue(MethodCallExpr call, ExtractionContext context) {
    List<Expression> values = new ArrayList<>(call.getArguments().subList(1, call.getArguments().size()));
    if (values.size() == 1 && values.get(0) instanceof MethodCallExpr list
        && (list.getNameAsString().equals("of") || list.getNameAsString().equals("asList"))) {
      values = list.getArguments();
    }
    boolean negated = call.getNameAsString().startsWith("n");
    for (Expression value : values) {
      Optional<RegexValue> regex = RegexValue.of(value, context.folder());
      if (regex.isPresent()) {
        boolean replaceable = call.getNameAsString().equals("eq") && !negated;
        emit(call, call.getArgument(0), regex.get().shape(), nameRange(call), filtersPrefix(call), replaceable, context);
        return;
      }
    }
  }

  private void jsonFilter(MethodCallExpr call, ExtractionContext context) {
    Expression json = call.getArgument(0);
    Expression source = context.folder().resolve(json).orElse(json);
    PatternText text = context.folder().fold(json);
    for (MongoJsonFilter.Match match : MongoJsonFilter.analyze(text)) {
      SourceRange at = StringLocator.locate(source.findCompilationUnit().equals(call.findCompilationUnit()) ? source : json,
          match.token(), match.offset());
      FieldRef field = FieldRef.named("\"" + match.field() + "\"", match.field());
      QueryPredicate predicate = new QueryPredicate(Store.MONGO,
          CollectionOfFilter.of(call, context).map(field::withOwner).orElse(field), match.operator(), match.shape(), at,
          ExtractionContext.rangeOf(call), ExtractionContext.normalisedCode(call), id(),
          new MongoRewrites("Filters.", "\"" + match.field() + "\"", false));
      context.emit(predicate);
    }
  }

  /** Legacy {@code QueryBuilder.start("f").regex(Pattern)} and {@code .and("f").is(Pattern)}. */
  private void queryBuilderRegex(MethodCallExpr call, ExtractionContext context) {
    Optional<Expression> field = queryBuilderField(call);
    if (field.isEmpty()) {
      return;
    }
    Optional<RegexValue> regex = RegexValue.of(call.getArgument(0), context.folder());
    regex.ifPresent(r -> emit(call, field.get(), r.shape(), nameRange(call), "Filters.", false, context));
  }

  private Optional<Expression> queryBuilderField(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    while (scope.isPresent() && scope.get() instanceof MethodCallExpr previous) {
      String name = previous.getNameAsString();
      if ((name.equals("start") || name.equals("and") || name.equals("put")) && previous.getArguments().size() == 1) {
        Optional<Expression> root = previous.getScope();
        while (root.isPresent() && root.get() instanceof MethodCallExpr m) {
          root = m.getScope();
        }
        boolean builder = root.map(r -> QualifiedNames.is(r, QUERY_BUILDER)
            || call.findCompilationUnit().map(u -> io.github.regexguard.fold.SourceFacts.importsOf(u)
                .refersTo(r, QUERY_BUILDER)).orElse(false)).orElse(false);
        return builder ? Optional.of(previous.getArgument(0)) : Optional.empty();
      }
      scope = previous.getScope();
    }
    return Optional.empty();
  }

  /**
   * An entry {@code key: value} of a driver document: a regex value under a field name, or a
   * {@code $regex} operator whose field is the entry that holds this document.
   */
  private void documentEntry(Node entry, Expression keyExpr, Expression valueExpr, Node owner,
      ExtractionContext context) {
    if (entry instanceof MethodCallExpr call && !isDocumentChain(call, context)) {
      return;
    }
    Optional<String> key = context.folder().constantString(keyExpr);
    if (key.isEmpty()) {
      return;
    }
    if (key.get().equals("$regex")) {
      regexOperator(entry, keyExpr, valueExpr, context);
    } else if (!key.get().startsWith("$")) {
      RegexValue.of(valueExpr, context.folder()).ifPresent(regex ->
          emit(owner, keyExpr, regex.shape(), keyRange(entry), "Filters.", false, context));
    }
  }

  private void regexOperator(Node entry, Expression keyExpr, Expression valueExpr, ExtractionContext context) {
    Node document = entry;
    String options = "";
    // Walk up the .append(...) chain of this operator document, collecting $options.
    while (document.getParentNode().orElse(null) instanceof MethodCallExpr next
        && next.getScope().isPresent() && next.getScope().get() == document) {
      Node current = next;
      if (next.getArguments().size() == 2
          && context.folder().constantString(next.getArgument(0)).map("$options"::equals).orElse(false)) {
        options = context.folder().constantString(next.getArgument(1)).orElse("");
      }
      document = current;
      if (!(next.getNameAsString().equals("append") || next.getNameAsString().equals("put"))) {
        break;
      }
    }
    Optional<Expression> field = enclosingFieldKey(document);
    if (entry instanceof MethodCallExpr call && call.getScope().isPresent()) {
      // new Document().append("$regex", p): options may also come before, in the chain's scope
      options = options.isEmpty() ? optionsInScope(call, context) : options;
    }
    if (field.isEmpty()) {
      return;
    }
    Optional<RegexValue> regex = RegexValue.of(valueExpr, context.folder());
    PatternShape shape = regex.map(RegexValue::shape).orElseGet(() ->
        PatternScanner.scanRegex(context.folder().fold(valueExpr), RegexFlags.NONE));
    RegexFlags flags = RegexFlags.fromOptions(options);
    if (flags.caseInsensitive() || flags.multiline()) {
      PatternText text = shape.pattern();
      shape = PatternScanner.scanRegex(text, regex.map(RegexValue::flags).orElse(RegexFlags.NONE).or(flags));
    }
    emit(document.getParentNode().orElse(document), field.get(), shape, ExtractionContext.rangeOf(keyExpr),
        "Filters.", false, context);
  }

  private String optionsInScope(MethodCallExpr call, ExtractionContext context) {
    Optional<Expression> scope = call.getScope();
    while (scope.isPresent() && scope.get() instanceof MethodCallExpr m) {
      if (m.getArguments().size() == 2
          && context.folder().constantString(m.getArgument(0)).map("$options"::equals).orElse(false)) {
        return context.folder().constantString(m.getArgument(1)).orElse("");
      }
      scope = m.getScope();
    }
    return "";
  }

  /** The field key of the entry whose value is {@code document}: {@code new Document(f, document)} or {@code .append(f, document)}. */
  private static Optional<Expression> enclosingFieldKey(Node document) {
    Node parent = document.getParentNode().orElse(null);
    if (parent instanceof ObjectCreationExpr outer && outer.getArguments().size() == 2
        && outer.getArgument(1) == document) {
      return Optional.of(outer.getArgument(0));
    }
    if (parent instanceof MethodCallExpr outer && outer.getArguments().size() == 2
        && outer.getArgument(1) == document) {
      return Optional.of(outer.getArgument(0));
    }
    return Optional.empty();
  }

  private void emit(Node offending, Expression fieldExpr, PatternShape shape, SourceRange location,
      String filters, boolean replaceable, ExtractionContext context) {
    // A field chosen at run time is still a query; it is judged as an ordinary field.
    Optional<String> fieldName = context.folder().constantString(fieldExpr);
    FieldRef named = new FieldRef(fieldExpr.toString(), fieldName, Optional.empty());
    FieldRef field = CollectionOfFilter.of(offending, context).map(named::withOwner).orElse(named);
    context.emit(new QueryPredicate(Store.MONGO, field, Operator.REGEX, shape, location,
        ExtractionContext.rangeOf(offending), ExtractionContext.normalisedCode(offending), id(),
        new MongoRewrites(filters, fieldExpr.toString(), replaceable)));
  }

  private static boolean isFiltersCall(MethodCallExpr call, ExtractionContext context) {
    return call.getScope()
        .map(s -> QualifiedNames.is(s, FILTERS) || context.imports().refersTo(s, FILTERS))
        .orElseGet(() -> context.imports().staticallyImports(call.getNameAsString(), FILTERS)
            && !SourceFacts.declaresMethod(call, call.getNameAsString()));
  }

  private static String filtersPrefix(MethodCallExpr call) {
    return call.getScope().map(s -> s + ".").orElse("");
  }

  private static boolean isDocumentType(Optional<Expression> scope, ExtractionContext context) {
    return scope.flatMap(QualifiedNames::of).map(s -> isDocumentTypeName(s, context)).orElse(false);
  }

  private static boolean isDocumentTypeName(String type, ExtractionContext context) {
    for (String fqcn : DOCUMENT_TYPES) {
      String simple = fqcn.substring(fqcn.lastIndexOf('.') + 1);
      if (type.equals(fqcn) || (type.equals(simple) && context.imports().simpleNameRefersTo(simple, fqcn))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an {@code append}/{@code put} call is on a driver document (its chain starts with
   * {@code new Document}). The answer is kept on every call of the chain, so that the calls of a
   * long chain do not each walk it again.
   */
  private static boolean isDocumentChain(MethodCallExpr call, ExtractionContext context) {
    List<MethodCallExpr> chain = new ArrayList<>();
    chain.add(call);
    Optional<Expression> scope = call.getScope();
    Boolean known = null;
    while (scope.isPresent() && scope.get() instanceof MethodCallExpr m
        && (m.getNameAsString().equals("append") || m.getNameAsString().equals("put"))) {
      if (m.containsData(DOCUMENT_CHAIN)) {
        known = m.getData(DOCUMENT_CHAIN);
        break;
      }
      chain.add(m);
      scope = m.getScope();
    }
    boolean answer = known != null ? known : scope.filter(s -> s instanceof ObjectCreationExpr c
        && isDocumentTypeName(c.getType().getNameWithScope(), context)).isPresent();
    chain.forEach(m -> m.setData(DOCUMENT_CHAIN, answer));
    return answer;
  }

  private static SourceRange nameRange(MethodCallExpr call) {
    return ExtractionContext.rangeOf(call.getName());
  }

  private static SourceRange keyRange(Node entry) {
    if (entry instanceof MethodCallExpr call) {
      return nameRange(call);
    }
    ObjectCreationExpr creation = (ObjectCreationExpr) entry;
    return ExtractionContext.rangeOf(creation.getType());
  }
}
