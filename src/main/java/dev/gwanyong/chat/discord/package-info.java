/**
 * The Discord adapter, and the only package that imports JDA. It translates and nothing more: a
 * slash command, a message in a Q&amp;A channel or a vote button becomes a {@link
 * dev.gwanyong.chat.ChatRequest} or a {@link dev.gwanyong.chat.Vote} for the {@link
 * dev.gwanyong.chat.Dispatcher}, and the {@link dev.gwanyong.chat.ChatReply} becomes an embed
 * ({@link dev.gwanyong.chat.discord.DiscordRenderer}).
 *
 * <ul>
 *   <li>{@link dev.gwanyong.chat.discord.DiscordLauncher} — whether {@code serve} can start
 *       Discord, and builds it.
 *   <li>{@link dev.gwanyong.chat.discord.DiscordPlatform} — the JDA connection: intents, caches,
 *       the REST and gateway addresses (for a proxy or a loopback stand-in), command registration.
 *   <li>{@link dev.gwanyong.chat.discord.AskCommandListener}, {@link
 *       dev.gwanyong.chat.discord.QaChannelListener}, {@link
 *       dev.gwanyong.chat.discord.VoteButtonListener}, {@link
 *       dev.gwanyong.chat.discord.KbCommandListener} — one small listener per way in; {@code /kb}
 *       becomes a {@link dev.gwanyong.chat.ModerationRequest} with the member's role ids and any
 *       attached file, downloaded within the size cap.
 *   <li>{@link dev.gwanyong.chat.discord.UnknownInteractionListener} — a short private reply to a
 *       button or command that is not (or no longer) the bot's, which Discord would otherwise show
 *       as "This interaction failed".
 *   <li>{@link dev.gwanyong.chat.discord.DiscordCommands} — the shared command records as Discord
 *       command data, also exported to {@code bot/discord/commands.json}.
 * </ul>
 *
 * Every message the bot sends has allowed mentions switched off: a quote that contains
 * {@code @everyone} or a role mention is shown, never pinged. Titles and words from sources or
 * members are escaped as well ({@link dev.gwanyong.chat.discord.DiscordMarkdown}), so that they are
 * shown as written: not as formatting, a masked link or a mention.
 */
package dev.gwanyong.chat.discord;
