/** Shared pieces of the REST routes: Discord's error answers and body schemas. */
import { z } from 'zod';
import { discordError, type RouteResult } from './http.js';

export const ok = (json: unknown, status = 200): RouteResult => ({ status, json });
export const invalidBody = (error: z.ZodError): RouteResult => ({
  status: 400,
  json: { message: 'Invalid Form Body', code: 50035, errors: z.treeifyError(error) },
});
export const unknownChannel = (): RouteResult => discordError(404, 10003, 'Unknown Channel');
export const unknownMessage = (): RouteResult => discordError(404, 10008, 'Unknown Message');
export const unknownGuild = (): RouteResult => discordError(404, 10004, 'Unknown Guild');
