/**
 * The optional `sources.json` manifest: `[{"file", "outlet"?, "date"?, "title"?, "url"?}]`, validated with
 * zod. A manifest that is not a JSON array is reported and ignored as a whole; a bad entry is reported and
 * skipped alone. Entry numbers in messages count from 1 (the first entry is "entry 1").
 */
import { z } from 'zod';
import { parseDate } from './dates.js';
import { fileError } from './errors.js';
import type { FileError } from './types.js';

/** The manifest's file name inside the corpus folder. */
export const MANIFEST_FILE = 'sources.json';

/** What the manifest says about one file; these values win over anything inferred from the text. */
export interface ManifestEntry {
  file: string;
  outlet?: string | undefined;
  date?: string | undefined;
  title?: string | undefined;
  url?: string | undefined;
}

const optionalText = z
  .string({ error: 'expected a string' })
  .trim()
  .nullish()
  .transform((v) => v || undefined);

const entrySchema = z.object(
  {
    file: z.string({ error: 'expected a string' }).trim().min(1, { error: 'expected a non-empty file name' }),
    outlet: optionalText,
    date: optionalText.refine((v) => v === undefined || parseDate(v) !== null, {
      error: 'expected a date such as 2023-07-04',
    }),
    title: optionalText,
    url: optionalText,
  },
  { error: 'expected an object with a "file" field' },
);

/**
 * Normalises a manifest `file` to a corpus id (`./a\\b.txt` → `a/b.txt`); null when it is absolute or
 * climbs out of the folder with `..`.
 */
export function manifestId(file: string): string | null {
  const parts = file.replace(/\\/g, '/').split('/');
  if (file.startsWith('/') || file.startsWith('\\') || /^[A-Za-z]:/.test(file)) return null;
  if (parts.includes('..')) return null;
  return parts.filter((p) => p && p !== '.').join('/') || null;
}

/** The valid entries by corpus id, and one FileError per problem. */
export interface ParsedManifest {
  entries: Map<string, ManifestEntry>;
  /** Entry number (from 1) of each valid entry, for messages about it. */
  numbers: Map<string, number>;
  errors: FileError[];
}

/**
 * Parses the manifest text. Valid entries are keyed by their normalised id, with `date` normalised to ISO.
 *
 * @example parseManifest('[{"file":"a.txt","outlet":"DW"}]').entries.get('a.txt') // → { file: 'a.txt', outlet: 'DW' }
 */
export function parseManifest(text: string): ParsedManifest {
  const entries = new Map<string, ManifestEntry>();
  const numbers = new Map<string, number>();
  const errors: FileError[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { entries, numbers, errors: [fileError(MANIFEST_FILE, 'manifest_invalid', { why: `is not valid JSON (${why})` })] };
  }
  if (!Array.isArray(json)) {
    return { entries, numbers, errors: [fileError(MANIFEST_FILE, 'manifest_invalid', { why: 'is not a JSON array of entries' })] };
  }
  json.forEach((raw: unknown, i) => {
    const entry = i + 1;
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length ? `, field "${issue.path.join('.')}"` : '';
      errors.push(fileError(MANIFEST_FILE, 'manifest_invalid', { entry, detail: `${field}: ${issue.message}` }));
      return;
    }
    const value = parsed.data;
    const id = manifestId(value.file);
    if (id === null) {
      errors.push(fileError(MANIFEST_FILE, 'outside_corpus', { entry, target: value.file }));
      return;
    }
    if (entries.has(id)) {
      errors.push(
        fileError(MANIFEST_FILE, 'manifest_invalid', { entry, detail: `, field "file": "${id}" is already described by an earlier entry` }),
      );
      return;
    }
    const date = value.date === undefined ? undefined : (parseDate(value.date) ?? undefined);
    entries.set(id, { file: id, outlet: value.outlet, date, title: value.title, url: value.url });
    numbers.set(id, entry);
  });
  return { entries, numbers, errors };
}
