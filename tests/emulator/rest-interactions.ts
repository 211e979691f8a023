/**
 * Interaction callback and interaction-webhook routes, with Discord's rules: one callback per interaction,
 * within the response window; callback types must suit the interaction; the first follow-up after a
 * deferred reply edits the loading message.
 */
import { z } from 'zod';
import { MessageFlag, emitMessageDelete, emitMessageUpdate, postToChannel, type EmuContext } from './context.js';
import { discordError, type RouteContext, type RouteDef, type RouteResult } from './http.js';
import { messagePayload } from './payloads.js';
import { messageBodySchema, publicMessage, type StoredInteraction } from './state.js';
import type { EmuMessage } from './types.js';

const callbackSchema = z.object({
  type: z.number().int(),
  data: z.record(z.string(), z.unknown()).nullish(),
});

/** Which callback types each interaction type accepts (2 command, 3 component, 4 autocomplete, 5 modal). */
const ALLOWED: Record<number, number[]> = {
  2: [4, 5, 9],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};

const unknownInteraction = (): RouteResult => discordError(404, 10062, 'Unknown interaction');
const unknownWebhook = (): RouteResult => discordError(404, 10015, 'Unknown Webhook');
const unknownMessage = (): RouteResult => discordError(404, 10008, 'Unknown Message');

/** Routes for `POST /interactions/{id}/{token}/callback` and `/webhooks/{app}/{token}[/messages/{id}]`. */
export function interactionRoutes(ctx: EmuContext): RouteDef[] {
  const { state } = ctx;

  const byToken = (app: string | undefined, token: string | undefined): StoredInteraction | undefined => {
    if (app !== ctx.applicationId) return undefined;
    for (const i of state.interactions.values()) if (i.token === token) return i;
    return undefined;
  };

  const responseMessage = (interaction: StoredInteraction, flags: number, data: Record<string, unknown>): EmuMessage => {
    const message = messagePayload({
      channelId: interaction.channelId,
      guildId: interaction.guildId,
      author: state.botUser,
      extra: {
        type: interaction.type === 2 ? 20 : 0,
        webhook_id: ctx.applicationId,
        application_id: ctx.applicationId,
        interaction_metadata: {
          id: interaction.id,
          type: interaction.type,
          user: interaction.payload.member ? (interaction.payload.member as Record<string, unknown>).user : interaction.payload.user,
          authorizing_integration_owners: interaction.payload.authorizing_integration_owners ?? {},
        },
      },
    });
    const parsed = messageBodySchema.parse(data);
    state.applyBody(message, parsed, false);
    message.flags = flags;
    return message;
  };

  const callback = ({ params, body, query }: RouteContext): RouteResult => {
    const interaction = state.interactions.get(params.id ?? '');
    if (!interaction || interaction.token !== params.token) return unknownInteraction();
    if (interaction.callbacks.length > 0) {
      return discordError(400, 40060, 'Interaction has already been acknowledged.');
    }
    const ms = Date.now() - interaction.dispatchedAt;
    if (ms > ctx.interactionTimeoutMs) return unknownInteraction();
    const parsed = callbackSchema.safeParse(body);
    if (!parsed.success || !(ALLOWED[interaction.type] ?? []).includes(parsed.data.type)) {
      return { status: 400, json: { message: 'Invalid Form Body', code: 50035, errors: { type: parsed.data?.type } } };
    }
    const { type } = parsed.data;
    const data = parsed.data.data ?? {};
    const messageData = messageBodySchema.safeParse(data);
    if ([4, 7].includes(type) && !messageData.success) {
      return { status: 400, json: { message: 'Invalid Form Body', code: 50035 } };
    }
    const flags = typeof data.flags === 'number' ? data.flags : 0;
    if (type === 4) {
      interaction.original = postToChannel(ctx, responseMessage(interaction, flags, data));
    } else if (type === 5) {
      const placeholder = responseMessage(interaction, (flags & MessageFlag.Ephemeral) | MessageFlag.Loading, {});
      interaction.original = postToChannel(ctx, placeholder);
    } else if (type === 6 || type === 7) {
      const target = interaction.componentMessageId ? state.findMessageAnywhere(interaction.componentMessageId) : undefined;
      if (!target) return unknownMessage();
      if (type === 7 && messageData.success) {
        state.applyBody(target, messageData.data, true);
        emitMessageUpdate(ctx, target);
      }
      interaction.original = target;
    }
    interaction.callbacks.push({ type, data: parsed.data.data ?? null, ms });
    if (type !== 5 && type !== 6) interaction.finishedAt = interaction.dispatchedAt + ms;
    ctx.signal.notify();
    if (query.with_response !== 'true') return { status: 204 };
    const original = interaction.original;
    return {
      status: 200,
      json: {
        interaction: {
          id: interaction.id,
          type: interaction.type,
          response_message_id: original?.id ?? null,
          response_message_loading: type === 5,
          response_message_ephemeral: original ? (original.flags & MessageFlag.Ephemeral) !== 0 : false,
        },
        resource: { type, ...(original && type !== 8 && type !== 9 ? { message: publicMessage(original) } : {}) },
      },
    };
  };

  /** The message a webhook route names: `@original`, or a follow-up (or the original) by id. */
  const target = (interaction: StoredInteraction, id: string): EmuMessage | undefined => {
    if (id === '@original' || id === interaction.original?.id) return interaction.original ?? undefined;
    return interaction.followUps.find((m) => m.id === id);
  };

  /** The interaction and message a webhook-message route names, or the error Discord gives. */
  const webhookMessage = (params: RouteContext['params']): { interaction: StoredInteraction; message: EmuMessage } | RouteResult => {
    const interaction = byToken(params.app, params.token);
    if (!interaction) return unknownWebhook();
    const message = target(interaction, params.message ?? '');
    return message ? { interaction, message } : unknownMessage();
  };

  const editWebhookMessage = ({ params, body }: RouteContext): RouteResult => {
    const found = webhookMessage(params);
    if ('status' in found) return found;
    const { interaction, message } = found;
    const parsed = messageBodySchema.safeParse(body ?? {});
    if (!parsed.success) return { status: 400, json: { message: 'Invalid Form Body', code: 50035 } };
    const isOriginal = message === interaction.original;
    // Ephemerality is fixed at creation: an edit cannot add or remove it.
    const keep = message.flags & MessageFlag.Ephemeral;
    state.applyBody(message, { ...parsed.data, flags: null }, true);
    message.flags = (message.flags & ~MessageFlag.Loading) | keep;
    if (isOriginal) {
      interaction.originalEdits += 1;
      interaction.finishedAt ??= Date.now();
    }
    if (!(message.flags & MessageFlag.Ephemeral)) emitMessageUpdate(ctx, message);
    ctx.signal.notify();
    return { status: 200, json: publicMessage(message) };
  };

  const followUp = ({ params, body, query }: RouteContext): RouteResult => {
    const interaction = byToken(params.app, params.token);
    if (!interaction || interaction.callbacks.length === 0) return unknownWebhook();
    const parsed = messageBodySchema.safeParse(body ?? {});
    if (!parsed.success) return { status: 400, json: { message: 'Invalid Form Body', code: 50035 } };
    const original = interaction.original;
    let message: EmuMessage;
    if (original && (original.flags & MessageFlag.Loading) !== 0 && interaction.originalEdits === 0) {
      // Discord: the first follow-up to a deferred reply replaces the "thinking…" message.
      const keep = original.flags & MessageFlag.Ephemeral;
      state.applyBody(original, { ...parsed.data, flags: null }, true);
      original.flags = keep;
      interaction.originalEdits += 1;
      interaction.finishedAt ??= Date.now();
      if (!keep) emitMessageUpdate(ctx, original);
      message = original;
    } else {
      message = responseMessage(interaction, parsed.data.flags ?? 0, parsed.data);
      message.type = 0;
      interaction.followUps.push(message);
      postToChannel(ctx, message);
    }
    ctx.signal.notify();
    return query.wait === 'false' ? { status: 204 } : { status: 200, json: publicMessage(message) };
  };

  return [
    { method: 'POST', path: '/interactions/:id/:token/callback', auth: false, handle: callback },
    { method: 'POST', path: '/webhooks/:app/:token', auth: false, handle: followUp },
    {
      method: 'GET',
      path: '/webhooks/:app/:token/messages/:message',
      auth: false,
      handle: ({ params }) => {
        const found = webhookMessage(params);
        return 'status' in found ? found : { status: 200, json: publicMessage(found.message) };
      },
    },
    { method: 'PATCH', path: '/webhooks/:app/:token/messages/:message', auth: false, handle: editWebhookMessage },
    {
      method: 'DELETE',
      path: '/webhooks/:app/:token/messages/:message',
      auth: false,
      handle: ({ params }) => {
        const found = webhookMessage(params);
        if ('status' in found) return found;
        const { interaction, message } = found;
        if (state.removeMessage(message.channel_id, message.id)) emitMessageDelete(ctx, message);
        if (message === interaction.original) interaction.original = null;
        interaction.followUps = interaction.followUps.filter((m) => m !== message);
        ctx.signal.notify();
        return { status: 204 };
      },
    },
  ];
}
