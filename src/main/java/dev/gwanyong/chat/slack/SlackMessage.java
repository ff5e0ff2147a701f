package dev.gwanyong.chat.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * A message ready for Slack.
 *
 * @param text the plain fallback Slack shows in notifications and to clients that cannot draw
 *     blocks
 * @param blocks the Block Kit layout
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {

  SlackMessage {
    Objects.requireNonNull(text);
    blocks = List.copyOf(blocks);
    if (blocks.size() > SlackRenderer.MAX_BLOCKS) {
      throw new IllegalArgumentException(
          "Slack takes at most " + SlackRenderer.MAX_BLOCKS + " blocks");
    }
  }
}
