/**
 * Sends the renderer's payloads through discord.js. The payload is Discord's own JSON; discord.js takes
 * embeds and components as they are, and `allowed_mentions` is passed in its camelCase option so that
 * every message the bot sends pings nobody.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import type { MessagePayload } from '../render/payload.js';

export interface SendOptions {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowedMentions: { parse: []; repliedUser: false };
}

/** Options for reply / editReply / update / channel send from a payload (flags handled by the caller). */
export function toSendOptions(payload: MessagePayload): SendOptions {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    embeds: (payload.embeds ?? []) as APIEmbed[],
    components: (payload.components ?? []) as APIActionRowComponent<APIComponentInMessageActionRow>[],
    allowedMentions: { parse: [], repliedUser: false },
  };
}
