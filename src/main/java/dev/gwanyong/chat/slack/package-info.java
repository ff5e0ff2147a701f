/**
 * The Slack adapter, built on Bolt for Java: the only package that imports Bolt. It translates
 * Slack events into {@link dev.gwanyong.chat.ChatRequest}s and {@link dev.gwanyong.chat.ChatReply}s
 * into Block Kit, and nothing more: answering, refusing, deduplicating and logging feedback belong
 * to the {@link dev.gwanyong.chat.Dispatcher}.
 *
 * <ul>
 *   <li>{@link dev.gwanyong.chat.slack.SlackLauncher} decides whether Slack can start with the
 *       environment at hand.
 *   <li>{@link dev.gwanyong.chat.slack.SlackPlatform} owns the Bolt app and its connection, Socket
 *       Mode or HTTP ({@code POST /slack/events} on Jetty, see {@code SlackHttpEndpoint}: the
 *       signature is checked before the body is parsed, by {@code SlackRequestHandler} and {@code
 *       SlackSignatureCheck}).
 *   <li>{@code SlackListeners} registers the small handlers and declares what they need of Slack:
 *       {@code SlackCommandListeners} for {@code /ask} and {@code /kb}, {@code
 *       SlackMessageListeners} for mentions, direct messages and messages in Q&amp;A channels,
 *       {@code SlackButtonListeners} for the 👍/👎, "post to channel" and "show more" buttons. Each
 *       acknowledges at once and answers afterwards, through {@code SlackTasks}.
 *   <li>{@code /kb} goes to {@link dev.gwanyong.chat.Dispatcher#moderate} as a {@link
 *       dev.gwanyong.chat.ModerationRequest}: {@code SlackCommandText} undoes Slack's escaping
 *       first, and {@code SlackGroups} says which moderator user groups the member is in (only when
 *       such groups are configured).
 *   <li>{@code SlackRenderer} and {@code Mrkdwn} draw the Block Kit, escaping every piece of corpus
 *       or member text.
 *   <li>{@link dev.gwanyong.chat.slack.SlackManifest} generates {@code bot/slack/manifest.yml} from
 *       the command records and the scopes and events the listeners use.
 * </ul>
 */
package dev.gwanyong.chat.slack;
