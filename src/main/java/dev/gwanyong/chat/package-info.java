/**
 * The chat core every platform shares: the {@link dev.gwanyong.chat.ChatPlatform} extension point,
 * the request and reply types, the {@link dev.gwanyong.chat.Dispatcher} that routes questions to
 * the answerer and {@code /kb} commands ({@link dev.gwanyong.chat.ModerationRequest}) to the
 * moderation service, the command definitions both platforms register from, the feedback log of
 * votes and refusals, the {@link dev.gwanyong.chat.DirectionControls} neither platform shows, and
 * the {@link dev.gwanyong.chat.LineSplitter} both use to send a long reply in pieces. Platform
 * adapters live in sub-packages and are the only code that imports Bolt or JDA.
 */
package dev.gwanyong.chat;
