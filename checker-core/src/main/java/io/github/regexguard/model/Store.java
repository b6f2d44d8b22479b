package io.github.regexguard.model;

/** The kind of database a predicate is sent to. */
public enum Store {
  MONGO,
  SQL,
  ELASTIC
}
