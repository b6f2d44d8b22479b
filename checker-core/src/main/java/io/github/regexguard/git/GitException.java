package io.github.regexguard.git;

/** A git command failed or the directory is not in a repository; the message is one line. */
public final class GitException extends Exception {

  public GitException(String message) {
    super(message);
  }
}
