/** The test-facing interaction helpers: turn short arguments into full INTERACTION_CREATE dispatches. */
import type { EmuContext } from './context.js';
import { dispatchInteraction, type ActorArgs, type CommandOption, type InteractionHandle } from './interactions.js';
import type { EmuMessage, UserSeed } from './types.js';

/** A stored message, or where to find one. */
export type MessageRef = EmuMessage | { channelId: string; id: string };

export type SlashArgs = ActorArgs & { name: string; options?: CommandOption[]; commandId?: string };
export type AutocompleteArgs = ActorArgs & { name: string; options: CommandOption[]; focused?: string; commandId?: string };
export type ButtonArgs = ActorArgs & { message: MessageRef; customId: string };
export type SelectArgs = ActorArgs & { message: MessageRef; customId: string; values: string[]; componentType?: number };
export type ModalArgs = ActorArgs & { customId: string; fields: Record<string, string>; message?: EmuMessage };

/** Placeholder command id when the command was never registered (Discord would not send it; tests may). */
const UNREGISTERED_COMMAND_ID = '180000000000000000';

export class InteractionDriver {
  constructor(
    private readonly ctx: EmuContext,
    private readonly defaultUser: UserSeed,
    private readonly timeoutMs: number,
  ) {}

  slashCommand(args: SlashArgs): InteractionHandle {
    return this.#dispatch({ ...args, type: 2, data: this.#commandData(args) });
  }

  autocomplete(args: AutocompleteArgs): InteractionHandle {
    const options = args.options.map((o) => (args.focused && o.name === args.focused ? { ...o, focused: true } : o));
    if (!options.some(hasFocus)) throw new Error('Discord emulator: autocomplete() needs a focused option');
    return this.#dispatch({ ...args, type: 4, data: this.#commandData({ ...args, options }) });
  }

  clickButton(args: ButtonArgs): InteractionHandle {
    const message = this.#resolveMessage(args.message);
    return this.#dispatch({ ...args, type: 3, message, data: { custom_id: args.customId, component_type: 2 } });
  }

  selectMenu(args: SelectArgs): InteractionHandle {
    const message = this.#resolveMessage(args.message);
    const data = { custom_id: args.customId, component_type: args.componentType ?? 3, values: args.values };
    return this.#dispatch({ ...args, type: 3, message, data });
  }

  submitModal(args: ModalArgs): InteractionHandle {
    const components = Object.entries(args.fields).map(([custom_id, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id, value }],
    }));
    return this.#dispatch({ ...args, type: 5, data: { custom_id: args.customId, components } });
  }

  /** The first text channel seeded (type 0), used when a helper is given no channel. */
  defaultChannel(): { id: string; guildId: string | undefined } | undefined {
    for (const [id, record] of this.ctx.state.channels) {
      if (record.payload.type === 0) return { id, guildId: record.guildId };
    }
    return undefined;
  }

  #commandData(args: SlashArgs): Record<string, unknown> {
    const channel = args.channelId ? this.ctx.state.channel(args.channelId) : this.defaultChannel();
    const guildId = args.guildId ?? channel?.guildId;
    const data: Record<string, unknown> = {
      id: args.commandId ?? this.ctx.state.commandId(args.name, guildId) ?? UNREGISTERED_COMMAND_ID,
      name: args.name,
      type: 1,
      options: args.options ?? [],
    };
    if (guildId) data.guild_id = guildId;
    return data;
  }

  #resolveMessage(ref: MessageRef): EmuMessage {
    const channelId = 'channel_id' in ref ? ref.channel_id : ref.channelId;
    const found = this.ctx.state.findMessage(channelId, ref.id) ?? this.ctx.state.findMessageAnywhere(ref.id);
    if (!found) throw new Error(`Discord emulator: no message ${ref.id} in channel ${channelId}`);
    return found;
  }

  #dispatch(args: ActorArgs & { type: number; data: Record<string, unknown>; message?: EmuMessage }): InteractionHandle {
    const defaults = { user: this.defaultUser, channelId: this.defaultChannel()?.id };
    return dispatchInteraction(this.ctx, defaults, args, this.timeoutMs);
  }
}

function hasFocus(option: CommandOption): boolean {
  return option.focused === true || (option.options ?? []).some(hasFocus);
}
