/**
 * A full turn of the event loop (timers, then new I/O such as a Discord event) before long work goes on. One
 * `setImmediate` is not one when the caller runs in an I/O callback (a worker thread's message, say): its
 * immediate runs in that same turn's check phase, before any timer or new I/O; a second one runs in the next
 * turn, after them.
 */
import { setImmediate } from 'node:timers/promises';

export async function turnOfTheLoop(): Promise<void> {
  await setImmediate();
  await setImmediate();
}
