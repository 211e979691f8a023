/**
 * The render layer: plain answer data in, Discord message payloads (API JSON, no discord.js) and terminal
 * text out, both built from one view per answer so they carry the same information in the same order.
 *
 * @example
 * import { whoSaidPayload, whoSaidText, parseCustomId } from '../render/index.js';
 * const payload = whoSaidPayload(result, { page: 0 }); // the bot replies with it as is
 * process.stdout.write(whoSaidText(result));            // the CLI prints this
 */
export * from './discord.js';
export * from './text.js';
export { followUpPayload, followUpText } from './follow-up.js';
export { buildCustomId, parseCustomId, type CustomId } from './custom-ids.js';
export { assertValidMessagePayload, messagePayloadProblems } from './validate.js';
export { fitMessage, embedLength } from './fit.js';
export { Limits, truncate, ELLIPSIS, TRUNCATED_NOTE } from './limits.js';
export { cleanText, escapeMarkdown, neutraliseMentions, toMarkdown, toPlainSlot } from './sanitize.js';
export { VERDICT_LABELS, RENDERING_LABELS } from './labels.js';
export { OUTLETS_PER_PAGE, outletPage } from './views/who-said.js';
export { EPHEMERAL, type MessagePayload, type Embed, type EmbedField, type ActionRow, type Button } from './payload.js';
