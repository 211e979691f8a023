/** /correct (moderators): correct who said what in this server — a claim's speaker, two names that are one person, a name split off; undo; list. */
import {
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { choicesFor, documentFromChoice } from '../src/bot/autocomplete.js';
import type { BotContext } from '../src/bot/context.js';
import { deskListing } from '../src/bot/desk.js';
import { OPTION_MAX, readText } from '../src/bot/options.js';
import { guildOnly, moderatorOnly } from '../src/bot/preconditions.js';
import { toSendOptions } from '../src/bot/reply.js';
import type { DeskResult } from '../src/answers/types.js';
import type { CorrectRequest } from '../src/library/corrections.js';
import { deskPayload } from '../src/render/discord.js';

export const data = new SlashCommandBuilder()
  .setName('correct')
  .setDescription('Moderators: correct who said what in this server (shown as corrected, can be undone)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((s) =>
    s
      .setName('speaker')
      .setDescription('Set who said a quotation')
      .addStringOption((o) =>
        o.setName('quote').setDescription('The quotation (its words)').setRequired(true).setMaxLength(OPTION_MAX.quote),
      )
      .addStringOption((o) =>
        o.setName('speaker').setDescription('Who said it').setRequired(true).setMaxLength(OPTION_MAX.name).setAutocomplete(true),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('merge')
      .setDescription('Two names are one person ("Nikolay Evmenov" is "Nikolai Yevmenov")')
      .addStringOption((o) =>
        o.setName('name').setDescription('The name to merge').setRequired(true).setMaxLength(OPTION_MAX.name).setAutocomplete(true),
      )
      .addStringOption((o) =>
        o.setName('into').setDescription('The person it is').setRequired(true).setMaxLength(OPTION_MAX.name).setAutocomplete(true),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('split')
      .setDescription('A name in one document is not the person it was taken for ("Li" there is not "Li Shangfu")')
      .addStringOption((o) =>
        o.setName('document').setDescription('The document').setRequired(true).setMaxLength(OPTION_MAX.name).setAutocomplete(true),
      )
      .addStringOption((o) =>
        o.setName('name').setDescription('The name as that document gives it').setRequired(true).setMaxLength(OPTION_MAX.name),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('undo')
      .setDescription('Undo a correction')
      .addIntegerOption((o) => o.setName('id').setDescription('Its number (/correct list)').setRequired(true).setMinValue(1)),
  )
  .addSubcommand((s) =>
    s
      .setName('list')
      .setDescription('The corrections in force in this server')
      .addIntegerOption((o) => o.setName('page').setDescription('Which page of 20 (default the first)').setMinValue(1)),
  );

export const preconditions = [guildOnly, moderatorOnly];

/** The request a subcommand makes, or null when an option is blank after cleaning. */
function requestOf(interaction: ChatInputCommandInteraction, ctx: BotContext): CorrectRequest | null {
  const text = (name: string, max: number = OPTION_MAX.name) => readText(interaction, name, max);
  switch (interaction.options.getSubcommand()) {
    case 'speaker': {
      const quote = text('quote', OPTION_MAX.quote);
      const speaker = text('speaker');
      return quote && speaker ? { kind: 'set_speaker', quote, speaker } : null;
    }
    case 'merge': {
      const from = text('name');
      const into = text('into');
      return from && into ? { kind: 'merge', from, into } : null;
    }
    default: {
      const given = text('document');
      // a document whose id is too long for a choice comes as its key
      const document = given && documentFromChoice(ctx.corpus.view(interaction.guildId), given);
      const name = text('name');
      return document && name ? { kind: 'split', document, name } : null;
    }
  }
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const guildId = interaction.guildId!;
  const actor = { id: interaction.user.id, name: interaction.user.username };
  const sub = interaction.options.getSubcommand();
  // the title says what happened: a refusal (shown with ⛔) never reads as done
  let titles = { ok: '✏️ Correction', refused: 'Correction not made' };
  let result: DeskResult;
  if (sub === 'list') {
    const listing = await deskListing('corrections', guildId, ctx);
    const page = (interaction.options.getInteger('page') ?? 1) - 1;
    await interaction.editReply(toSendOptions(deskPayload(listing.title, listing.result, page)));
    return;
  }
  if (sub === 'undo') {
    titles = { ok: '↩️ Correction undone', refused: 'Nothing undone' };
    result = await ctx.desk.undo(guildId, interaction.options.getInteger('id', true), actor);
  } else {
    const request = requestOf(interaction, ctx);
    result = request ? await ctx.desk.correct(guildId, actor, request) : { ok: false, message: 'Every option needs a value.', lines: [] };
  }
  await interaction.editReply(toSendOptions(deskPayload(result.ok ? titles.ok : titles.refused, result)));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const view = ctx.corpus.view(interaction.guildId);
  await interaction.respond(choicesFor(view, focused.name === 'document' ? 'document' : 'speaker', focused.value));
}
