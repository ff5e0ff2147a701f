package dev.gwanyong.chat;

import java.util.List;

/** The chat commands Gwanyong offers on every platform. */
public final class Commands {

  /** The option that carries the question text of {@link #ASK}. */
  public static final String QUESTION = "question";

  /** The option that posts an {@link #ASK} answer for everyone instead of only the asker. */
  public static final String PUBLIC = "public";

  public static final CommandSpec ASK =
      new CommandSpec(
          "ask",
          "Ask Gwanyong a question; it answers with cited quotes from its sources",
          "[question]",
          List.of(
              new CommandSpec.Option(QUESTION, "Your question, in Korean or English", CommandSpec.Type.STRING, true),
              new CommandSpec.Option(
                  PUBLIC, "Show the answer to everyone in the channel", CommandSpec.Type.BOOLEAN, false)),
          List.of());

  public static final List<CommandSpec> ALL = List.of(ASK);

  private Commands() {}
}
