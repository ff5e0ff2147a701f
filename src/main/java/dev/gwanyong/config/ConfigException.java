package dev.gwanyong.config;

/** A configuration mistake, with a message that names the key or file. */
public final class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }
}
