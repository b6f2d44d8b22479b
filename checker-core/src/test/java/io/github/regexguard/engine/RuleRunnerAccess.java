package io.github.regexguard.engine;

import io.github.regexguard.fold.ConstantSource;
import io.github.regexguard.model.Finding;
import io.github.regexguard.model.QueryPredicate;
import io.github.regexguard.resolve.EntityModel;
import io.github.regexguard.resolve.IdentityFields;
import io.github.regexguard.resolve.IndexKnowledge;
import io.github.regexguard.resolve.ProjectModel;
import io.github.regexguard.rule.BuiltInRules;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs the built-in rules on one predicate against a hand-built index catalog. */
public final class RuleRunnerAccess {

  private RuleRunnerAccess() {}

  public static List<Finding> run(IndexKnowledge indexes, QueryPredicate predicate) {
    ProjectModel project = new ProjectModel(ConstantSource.NONE, EntityModel.NONE, indexes, IdentityFields.defaults(),
        Set.of());
    return new RuleRunner(BuiltInRules.all(), Map.of(), project).run("Test.java", predicate);
  }
}
