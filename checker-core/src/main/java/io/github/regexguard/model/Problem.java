package io.github.regexguard.model;

/** The index problems regexguard knows how to explain and rewrite, one per rule. */
public enum Problem {
  CASE_INSENSITIVE_EQUALITY,
  CASE_INSENSITIVE_PREFIX,
  UNANCHORED_MATCH,
  REGEX_EQUALITY,
  UNQUOTED_INPUT
}
