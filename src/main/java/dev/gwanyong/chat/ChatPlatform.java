package dev.gwanyong.chat;

/**
 * The extension point for a chat platform. An adapter only translates: a native event becomes a
 * {@link ChatRequest}, the {@link Dispatcher} answers it, and the {@link ChatReply} becomes native
 * output (Block Kit, embeds).
 */
public interface ChatPlatform extends AutoCloseable {

  /**
   * A short lower-case name, such as {@code slack} or {@code discord}, used in logs and feedback
   * records.
   */
  String id();

  /**
   * Connects and starts delivering events to the dispatcher; returns once the platform is serving.
   */
  void start(Dispatcher dispatcher) throws Exception;

  /**
   * Whether events can reach the dispatcher now: connected to the platform, or listening for it;
   * {@code /readyz}.
   */
  boolean connected();
}
