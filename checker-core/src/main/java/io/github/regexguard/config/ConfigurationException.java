package io.github.regexguard.config;

/** A configuration file that cannot be used; the message names the file, the line and the key. */
public final class ConfigurationException extends Exception {

  public ConfigurationException(String message) {
    super(message);
  }
}
