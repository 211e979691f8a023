/**
 * Discord message payloads as plain objects in the API's own JSON (snake_case, as sent over the wire).
 * Nothing here imports discord.js: the bot passes these objects on unchanged, and the CLI prints them with
 * `--format discord` as the exact message the bot would send.
 */

/** Message flag: only the member who invoked the command sees the reply. */
export const EPHEMERAL = 64;

/** Component type numbers from the Discord API. */
export const ComponentType = { ActionRow: 1, Button: 2 } as const;

/** Button styles that send an interaction (link buttons are not used by this bot). */
export const ButtonStyle = { Primary: 1, Secondary: 2, Success: 3, Danger: 4 } as const;
export type ButtonStyleValue = (typeof ButtonStyle)[keyof typeof ButtonStyle];

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface EmbedFooter {
  text: string;
}

export interface EmbedAuthor {
  name: string;
}

/** A rich embed (the subset this bot sends). */
export interface Embed {
  title?: string;
  /** http(s) address the title links to. */
  url?: string;
  description?: string;
  /** 24-bit RGB colour of the left bar. */
  color?: number;
  author?: EmbedAuthor;
  fields?: EmbedField[];
  footer?: EmbedFooter;
}

/** An interactive button (type 2) that sends `custom_id` back to the bot when clicked. */
export interface Button {
  type: typeof ComponentType.Button;
  style: ButtonStyleValue;
  label: string;
  custom_id: string;
  disabled?: boolean;
}

/** A row of at most five buttons (type 1). */
export interface ActionRow {
  type: typeof ComponentType.ActionRow;
  components: Button[];
}

/** Mentions Discord may turn into pings: always none for this bot. */
export interface AllowedMentions {
  parse: [];
  replied_user?: boolean;
}

/** The body of a message create / interaction reply. */
export interface MessagePayload {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  allowed_mentions: AllowedMentions;
  /** Bit field; `EPHEMERAL` (64) for replies only the invoking member sees. */
  flags?: number;
}

/** `allowed_mentions` that pings nobody, not even the member replied to. */
export function noMentions(): AllowedMentions {
  return { parse: [], replied_user: false };
}
