package io.github.regexguard.engine;

import io.github.regexguard.model.Finding;
import io.github.regexguard.model.Level;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.resolve.FieldFacts;
import io.github.regexguard.resolve.IndexEntry;
import io.github.regexguard.resolve.ProjectModel;
import io.github.regexguard.rule.Rule;
import io.github.regexguard.rule.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applies every enabled rule to a predicate and turns its verdicts into findings. */
public final class RuleRunner {

  private final List<Rule> rules;
  private final List<RuleInfo> infos;
  private final Map<String, Optional<Level>> overrides;
  private final ProjectModel project;

  public RuleRunner(List<Rule> rules, Map<String, Optional<Level>> overrides, ProjectModel project) {
    this.rules = List.copyOf(rules);
    this.infos = rules.stream().map(Rule::info).toList();
    this.overrides = overrides;
    this.project = project;
  }

  public List<RuleInfo> infos() {
    return infos;
  }

  public List<Finding> run(String path, QueryPredicate predicate) {
    FieldFacts known = project.factsFor(predicate.store(), predicate.field());
    Optional<IndexEntry> serving = predicate.renderer().servingIndex(predicate, known.indexes());
    FieldFacts facts = serving.map(index -> servedBy(index, predicate, known)).orElse(known);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      RuleInfo info = infos.get(i);
      Optional<Level> override = overrides.getOrDefault(info.id(), Optional.of(info.levelFor(facts.fieldClass())));
      if (override.isEmpty()) {
        continue;
      }
      Optional<String> message = rule.check(predicate, facts);
      if (message.isPresent()) {
        Level level = serving.isPresent() ? Level.NOTE : override.get();
        findings.add(new Finding(info.id(), level, path, predicate.location(), predicate.extent(),
            message.get(), predicate.renderer().rewrite(rule.problem(), predicate),
            predicate.renderer().fix(rule.problem(), predicate), predicate.field().displayName(),
            predicate.store(), facts.evidence(), predicate.code()));
      }
    }
    return findings;
  }

  /** The facts of a field whose index serves the predicate exactly as written: the finding is only a note. */
  private static FieldFacts servedBy(IndexEntry index, QueryPredicate predicate, FieldFacts known) {
    String where = predicate.field().owner().map(o -> o + ".").orElse("") + predicate.field().displayName();
    return new FieldFacts(known.fieldClass(), known.indexes(), Optional.of(where + " has the index "
        + index.expression().orElse(index.field()) + " (" + index.declaredAt()
        + "), which serves this predicate as written, so this is only a note"));
  }
}
