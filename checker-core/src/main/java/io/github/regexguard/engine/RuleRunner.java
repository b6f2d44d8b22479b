package io.github.regexguard.engine;

import io.github.regexguard.model.Finding;
import io.github.regexguard.model.Level;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.resolve.FieldFacts;
import io.github.regexguard.resolve.IndexEntry;
import io.github.regexguard.resolve.ProjectModel;
import io.github.regexguard.rules.Rule;
import io.github.regexguard.rules.RuleInfo;
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
    FieldFacts facts = project.factsFor(predicate.store(), predicate.field());
    Optional<IndexEntry> serving = predicate.renderer().servingIndex(predicate, facts.indexes());
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
        Level level = override.get();
        String text = message.get();
        if (serving.isPresent()) {
          level = Level.NOTE;
          text += " The index " + serving.get().expression().orElse(serving.get().field()) + " ("
              + serving.get().declaredAt() + ") serves it as written, so this is only a note.";
        }
        findings.add(new Finding(info.id(), level, path, predicate.location(), predicate.extent(),
            text, predicate.renderer().rewrite(rule.problem(), predicate),
            predicate.renderer().fix(rule.problem(), predicate), predicate.field().displayName(),
            predicate.store(), facts.evidence(), predicate.code()));
      }
    }
    return findings;
  }
}
