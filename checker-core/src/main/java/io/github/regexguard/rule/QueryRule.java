package io.github.regexguard.rule;

import io.github.regexguard.model.Level;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata. The long explanation lives in the rule's doc page, {@code docs/<id>.md}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QueryRule {

  /** The id: suppression key, SARIF rule id, doc and fixture name. */
  String id();

  /** One line, no trailing period. */
  String summary();

  /** The level on an identity field. */
  Level identity();

  /** The level on an indexed field that is not an identity field. */
  Level indexed();

  /** The level on any other field. */
  Level other();
}
