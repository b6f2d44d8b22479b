package io.github.regexguard.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the simple names of one file refer to, as far as its imports and declarations tell. */
public final class Imports {

  private final String packageName;
  private final Map<String, String> singleTypes = new HashMap<>();
  private final Set<String> onDemandPackages = new HashSet<>();
  private final Map<String, String> staticMembers = new HashMap<>();
  private final Set<String> staticOnDemandTypes = new HashSet<>();
  private final Set<String> declaredTypes = new HashSet<>();

  public Imports(CompilationUnit unit) {
    packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (ImportDeclaration i : unit.getImports()) {
      String name = i.getNameAsString();
      if (i.isStatic() && i.isAsterisk()) {
        staticOnDemandTypes.add(name);
      } else if (i.isStatic()) {
        int dot = name.lastIndexOf('.');
        staticMembers.put(name.substring(dot + 1), name.substring(0, dot));
      } else if (i.isAsterisk()) {
        onDemandPackages.add(name);
      } else {
        singleTypes.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
    unit.findAll(TypeDeclaration.class).forEach(t -> declaredTypes.add(t.getNameAsString()));
  }

  public String packageName() {
    return packageName;
  }

  /** Whether the type expression {@code scope} (a simple or qualified name) denotes {@code fqcn}. */
  public boolean refersTo(Expression scope, String fqcn) {
    if (scope instanceof NameExpr name) {
      return simpleNameRefersTo(name.getNameAsString(), fqcn);
    }
    if (scope instanceof FieldAccessExpr access) {
      return QualifiedNames.is(access, fqcn);
    }
    return false;
  }

  /** Whether the simple type name {@code simple} denotes {@code fqcn} in this file. */
  public boolean simpleNameRefersTo(String simple, String fqcn) {
    int dot = fqcn.lastIndexOf('.');
    if (!fqcn.substring(dot + 1).equals(simple)) {
      return false;
    }
    String explicit = singleTypes.get(simple);
    if (explicit != null) {
      return explicit.equals(fqcn);
    }
    if (declaredTypes.contains(simple)) {
      return false;
    }
    String pkg = dot < 0 ? "" : fqcn.substring(0, dot);
    return onDemandPackages.contains(pkg) || packageName.equals(pkg);
  }

  /** Whether the unqualified method name {@code method} is statically imported from {@code fqcn}. */
  public boolean staticallyImports(String method, String fqcn) {
    String owner = staticMembers.get(method);
    if (owner != null) {
      return owner.equals(fqcn);
    }
    return staticOnDemandTypes.contains(fqcn);
  }

  /** The fully qualified name a simple type name most likely denotes (explicit import, else same package). */
  public String qualify(String simple) {
    String explicit = singleTypes.get(simple);
    if (explicit != null) {
      return explicit;
    }
    return packageName.isEmpty() ? simple : packageName + "." + simple;
  }

  /**
   * The fully qualified names the simple type name {@code simple} may denote, most likely first:
   * the single-type import, else the same package, then every on-demand import.
   */
  public List<String> typeCandidates(String simple) {
    String explicit = singleTypes.get(simple);
    if (explicit != null) {
      return List.of(explicit);
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(packageName.isEmpty() ? simple : packageName + "." + simple);
    onDemandPackages.stream().sorted().forEach(p -> candidates.add(p + "." + simple));
    return candidates;
  }

  public Map<String, String> staticMembers() {
    return Map.copyOf(staticMembers);
  }

  public Set<String> staticOnDemandTypes() {
    return Set.copyOf(staticOnDemandTypes);
  }
}
