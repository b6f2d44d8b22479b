package io.github.regexguard.cli;

/** A bad option, value or path: exit code 2 with one line on standard error. */
final class UsageException extends Exception {

  UsageException(String message) {
    super(message);
  }
}
