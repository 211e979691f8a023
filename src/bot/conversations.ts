/**
 * What each answer was about, keyed by the answer's message id and by the thread opened on it, so buttons
 * and thread follow-ups are answered in context, also after a restart. Kept on disk as one JSON file,
 * bounded (oldest forgotten first), written atomically (temp file + rename) shortly after each change and
 * flushed on shutdown. A missing or corrupt file starts empty, with a warning.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../log.js';

export const ConversationSchema = z.object({
  command: z.enum(['who-said', 'compare']),
  query: z.string().max(6000),
  speaker: z.string().max(200).nullable(),
  outlet: z.string().max(200).nullable(),
  outlets: z.array(z.string().max(200)).max(10).default([]),
  channelId: z.string(),
  threadId: z.string().nullable().default(null),
  updatedAt: z.number(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

const FileSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), ConversationSchema) });

export class ConversationStore {
  private readonly entries = new Map<string, Conversation>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly logger: Logger,
    private readonly maxEntries = 5000,
    private readonly writeDelayMs = 100,
  ) {}

  /** Reads the file if there is one. */
  async open(): Promise<void> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch {
      return;
    }
    try {
      const parsed = FileSchema.parse(JSON.parse(raw));
      const sorted = Object.entries(parsed.entries).sort((a, b) => a[1].updatedAt - b[1].updatedAt);
      for (const [key, value] of sorted.slice(-this.maxEntries)) this.entries.set(key, value);
    } catch {
      this.logger.warn({ file: this.file }, 'conversation file unreadable: starting with none');
    }
  }

  get(key: string): Conversation | undefined {
    return this.entries.get(key);
  }

  /** Records `value` under `key` (a message id or a thread id). */
  set(key: string, value: Omit<Conversation, 'updatedAt'>): void {
    this.entries.delete(key);
    this.entries.set(key, { ...value, updatedAt: Date.now() });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.schedule();
  }

  get size(): number {
    return this.entries.size;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.writeDelayMs);
  }

  /** Writes now (and waits for any write in progress). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const snapshot = JSON.stringify({ version: 1, entries: Object.fromEntries(this.entries) });
    this.writing = this.writing.then(async () => {
      try {
        await mkdir(path.dirname(this.file), { recursive: true });
        const tmp = `${this.file}.${process.pid}.tmp`;
        await writeFile(tmp, snapshot);
        await rename(tmp, this.file);
      } catch (error) {
        this.logger.error({ file: this.file, err: error instanceof Error ? error.message : String(error) }, 'could not save conversations');
      }
    });
    await this.writing;
  }
}
