package io.github.regexguard.model;

/** A file regexguard could not read or parse; the scan went on without it. */
public record ProcessingError(String path, int line, String message) {

  /** Compiler style: {@code path:line: message}. */
  public String describe() {
    return path + ":" + line + ": " + message;
  }
}
