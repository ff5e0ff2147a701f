package dev.gwanyong.chat.discord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One REST request JDA made to the stand-in; {@code path} is relative to the API base, such as
 * {@code /users/@me}.
 */
record RestCall(String method, String path, JsonNode body) {

  boolean is(String method, String pathPattern) {
    return this.method.equals(method) && path.matches(pathPattern);
  }
}
