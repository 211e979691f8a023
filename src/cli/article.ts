/**
 * `article [--json] FILE|URL...`: the article of each web page (or text file) — body text in paragraphs and
 * metadata — one entry per input, in order. An input that cannot be read or holds no article keeps its
 * place with null fields and an `error`.
 */
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { type FetchPolicy, type FetchResult, looksLikeLink, redactUrl } from '../fetch/index.js';
import { spokenOf } from '../corpus/errors.js';
import { errnoReason } from '../corpus/read.js';
import type { CorpusDocument, DatedPart } from '../corpus/types.js';
import { readPageDocument } from '../corpus/web/read-page.js';

/** One input's entry in `article --json`. */
export interface ArticleEntry {
  document: string;
  title: string | null;
  text: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  author: string | null;
  /** Only when set: why the text may be only part of the article (the rest behind a paywall or a log-in). */
  partial?: string;
  /** Only when set: live entries and embedded posts dated apart from the page, offsets into `text`. */
  datedParts?: DatedPart[];
  /** Only when set: the day the page says it was last changed (YYYY-MM-DD), when that is not `date`. */
  modified?: string;
  error?: string;
}

export interface ArticleOutput {
  documents: ArticleEntry[];
}

/** Reads a URL: the safe fetcher in production, a stand-in in tests. */
export type PageFetcher = (url: string, policy: FetchPolicy) => Promise<FetchResult>;

export interface ArticleOptions {
  fetchPage: PageFetcher;
  policy: FetchPolicy;
}

/** Most bytes read from one file or URL (the corpus's default file limit). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

const FetchEnv = z.object({ FETCH_ALLOW_PRIVATE: z.enum(['true', 'false']).optional() });

/** The fetch policy of the CLI: private addresses only when FETCH_ALLOW_PRIVATE=true. */
export function cliFetchPolicy(env: NodeJS.ProcessEnv = process.env): FetchPolicy {
  const parsed = FetchEnv.safeParse(env);
  return { allowPrivate: parsed.success && parsed.data.FETCH_ALLOW_PRIVATE === 'true', maxBytes: MAX_INPUT_BYTES };
}

/** The refusal of a file over MAX_INPUT_BYTES, the same for `article` and `add`. */
export const tooLarge = (input: string, size: number): string =>
  `File "${input}" is ${size} bytes, over the limit of ${MAX_INPUT_BYTES} bytes.`;

const failed = (document: string, error: string): ArticleEntry => ({
  document,
  title: null,
  text: null,
  outlet: null,
  date: null,
  url: null,
  author: null,
  error,
});

function entry(input: string, doc: CorpusDocument): ArticleEntry {
  const text = doc.blocks.map((b) => doc.text.slice(b.start, b.end)).join('\n\n');
  const { title, outlet, date, url } = doc.meta;
  return {
    document: input,
    title,
    text,
    outlet,
    date,
    url,
    author: doc.meta.author ?? null,
    ...(doc.meta.partial ? { partial: doc.meta.partial } : {}),
    ...(doc.meta.datedParts?.length ? { datedParts: doc.meta.datedParts } : {}),
    ...(doc.meta.modified && doc.meta.modified !== date ? { modified: doc.meta.modified } : {}),
  };
}

async function readInput(input: string, options: ArticleOptions): Promise<ArticleEntry> {
  if (looksLikeLink(input)) {
    // The link as given names the entry, less any user name and password in it.
    const shown = redactUrl(input.trim());
    const got = await options.fetchPage(input, options.policy);
    if (!got.ok) return failed(shown, got.message);
    const doc = await readPageDocument(shown, got.body, {
      contentType: got.contentType + (got.charset ? `; charset=${got.charset}` : ''),
      url: got.url,
    });
    return 'code' in doc ? failed(shown, spokenOf(doc.message, shown, `The page at ${shown}`)) : entry(shown, doc);
  }
  let bytes: Buffer;
  try {
    const size = (await stat(input)).size;
    if (size > MAX_INPUT_BYTES) return failed(input, tooLarge(input, size));
    bytes = await readFile(input);
  } catch (err) {
    return failed(input, `File "${input}" could not be read (${errnoReason(err)}).`);
  }
  const doc = await readPageDocument(input, bytes, { fileName: input });
  return 'code' in doc ? failed(input, doc.message) : entry(input, doc);
}

/** The article of each input, in order (URLs are fetched one at a time). */
export async function readArticles(inputs: readonly string[], options: ArticleOptions): Promise<ArticleOutput> {
  const documents: ArticleEntry[] = [];
  for (const input of inputs) documents.push(await readInput(input, options));
  return { documents };
}

/** The entries as text for a person: metadata lines, then the start of the body. */
export function articlesText(output: ArticleOutput): string {
  return output.documents
    .map((d) => {
      if (d.error) return `${d.document}\n  error: ${d.error}`;
      const words = d.text?.split(/\s+/).filter(Boolean).length ?? 0;
      const paragraphs = d.text ? d.text.split('\n\n').length : 0;
      const lines = [
        d.document,
        `  title:  ${d.title ?? '(unknown)'}`,
        `  outlet: ${d.outlet ?? '(unknown)'}`,
        `  date:   ${d.date ?? '(unknown)'}${d.modified ? ` (changed ${d.modified})` : ''}`,
        `  url:    ${d.url ?? '(unknown)'}`,
        `  author: ${d.author ?? '(unknown)'}`,
        ...(d.partial ? [`  partial: ${d.partial}`] : []),
        ...(d.datedParts?.length ? [`  dated:  ${datedSummary(d.datedParts)}`] : []),
        `  body:   ${paragraphs} paragraphs, ${words} words`,
        '',
        ...(d.text ?? '')
          .split('\n\n')
          .slice(0, 3)
          .map((p) => `  ${p.length > 300 ? `${p.slice(0, 299)}…` : p}`),
      ];
      return lines.join('\n');
    })
    .join('\n\n');
}

/** "3 live entries, 2026-05-10 to 2026-05-11; 1 embedded post, 2026-03-06". */
function datedSummary(parts: readonly DatedPart[]): string {
  const out: string[] = [];
  for (const kind of ['entry', 'post'] as const) {
    const days = parts
      .filter((p) => p.kind === kind)
      .map((p) => p.date)
      .sort();
    if (!days.length) continue;
    const first = days[0]!;
    const last = days[days.length - 1]!;
    const one = days.length === 1;
    const name = kind === 'entry' ? (one ? 'live entry' : 'live entries') : one ? 'embedded post' : 'embedded posts';
    out.push(`${days.length} ${name}, ${first === last ? first : `${first} to ${last}`}`);
  }
  return out.join('; ');
}
