package dev.gwanyong.chat;

import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.config.Secrets;
import java.util.Optional;

/**
 * Decides whether a chat platform can start with the credentials at hand, and builds it. {@code
 * serve} asks every launcher, starts those that are ready and says which it skipped and why.
 */
public interface PlatformLauncher {

  /** The platform's id, as {@link ChatPlatform#id()}. */
  String id();

  /**
   * Why the platform cannot start, naming the missing variable (never its value); empty when it
   * can.
   */
  Optional<String> missing(GwanyongConfig config, Secrets secrets);

  /** Builds the platform; called only when {@link #missing} is empty. */
  ChatPlatform create(GwanyongConfig config, Secrets secrets);
}
