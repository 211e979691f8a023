/**
 * Deterministic synthetic corpus for the benchmark: news articles with attributed quotations, many
 * speakers, and the same quotation carried by several outlets with small wording changes. The same seed and
 * size always give the same files, so figures are comparable between runs.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bump when the generated text changes, so a cached corpus folder is regenerated. */
export const GENERATOR_VERSION = 4;

/** Small, fast, seedable PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = [
  'b',
  'br',
  'c',
  'ch',
  'd',
  'dr',
  'f',
  'g',
  'gr',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pr',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'w',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'm', 'nd', 'st', 'rt', 'x'];
const FUNCTION = ['the', 'of', 'to', 'and', 'a', 'in', 'we', 'will', 'that', 'is', 'for', 'our', 'with', 'on', 'not', 'be', 'all', 'must'];
const ROLES = ['the minister of', 'the head of', 'a spokesperson for', 'the chair of', 'the director of', 'an adviser to'];
const VERBS = ['said', 'told reporters', 'said on Tuesday', 'said in a statement'];
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? 'x' : ''} News`);

function syllables(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++)
    s += ONSETS[Math.floor(r() * ONSETS.length)]! + VOWELS[Math.floor(r() * VOWELS.length)]! + CODAS[Math.floor(r() * CODAS.length)]!;
  return s;
}

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** One claim: a speaker and the wording each carrying article used. */
export interface SyntheticClaim {
  speaker: string;
  /** The original wording (words joined by spaces, no final punctuation). */
  text: string;
}

/** One rendition placed in an article: which claim, which file, the exact words printed. */
export interface Placement {
  claim: number;
  file: string;
  text: string;
}

export interface SyntheticCorpus {
  claims: SyntheticClaim[];
  placements: Placement[];
  /** Generator of quotations that no article carries (same vocabulary): the absent queries. */
  absent: (n: number) => string[];
  vocabulary: string[];
}

/**
 * Vocabulary grows with the corpus as real text's does (Heaps' law, V ≈ 40·√tokens with about 11 content
 * words a quotation): 15k words at 10k quotes, 150k at 1M.
 */
function vocabulary(r: () => number, quotes: number): string[] {
  const size = Math.max(3000, Math.round(40 * Math.sqrt(quotes * 11)));
  const seen = new Set<string>(FUNCTION);
  const out: string[] = [];
  while (out.length < size) {
    const w = syllables(r, 1 + Math.floor(r() * 3));
    if (w.length < 3 || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

/**
 * Zipf-like pick over content words: p(rank k) ∝ 1 / (k + 1 + 50). The offset stands for the function words
 * English puts at the top ranks (they come from FUNCTION here), so the commonest content word is about 0.2%
 * of the text, as "said" or "people" are, not 6% as "the" is.
 */
function zipf(r: () => number, n: number): number {
  const offset = 50;
  for (;;) {
    const k = Math.floor((n + offset + 1) ** r() - 1) - offset;
    if (k >= 0) return Math.min(n - 1, k);
  }
}

function sentence(r: () => number, vocab: string[], length: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(r() < 0.3 ? FUNCTION[Math.floor(r() * FUNCTION.length)]! : vocab[zipf(r, vocab.length)]!);
  return out;
}

/** A carrier's small change: drop a word, swap a function word, or cut the tail. */
function vary(r: () => number, words: string[]): string[] {
  const w = [...words];
  const roll = r();
  if (roll < 0.4) return w; // most outlets quote verbatim
  if (roll < 0.65) w.splice(1 + Math.floor(r() * (w.length - 2)), 1);
  else if (roll < 0.85) w[Math.floor(r() * w.length)] = FUNCTION[Math.floor(r() * FUNCTION.length)]!;
  else w.length = Math.max(6, w.length - 1 - Math.floor(r() * 3));
  return w;
}

/** Builds the claims, their placements in articles and the article texts (not yet written). */
export function synthesize(quotes: number, seed = 7): SyntheticCorpus & { files: Map<string, string> } {
  const r = rng(seed);
  const vocab = vocabulary(r, quotes);
  const speakerCount = Math.max(50, Math.round(quotes / 25));
  const speakers: { name: string; role: string }[] = [];
  const names = new Set<string>();
  while (speakers.length < speakerCount) {
    const name = `${cap(syllables(r, 2))} ${cap(syllables(r, 2 + Math.floor(r() * 2)))}`;
    if (names.has(name)) continue;
    names.add(name);
    speakers.push({ name, role: `${ROLES[Math.floor(r() * ROLES.length)]} ${cap(syllables(r, 2))}` });
  }
  const claims: SyntheticClaim[] = [];
  const carriers: number[] = [];
  for (let placed = 0; placed < quotes; ) {
    const n = Math.min(quotes - placed, 1 + Math.floor(r() * 4)); // 1-4 outlets carry each claim
    claims.push({
      speaker: speakers[Math.floor(r() * speakers.length)]!.name,
      text: sentence(r, vocab, 9 + Math.floor(r() * 14)).join(' '),
    });
    carriers.push(n);
    placed += n;
  }
  // renditions in a shuffled order, cut into articles of 6-14 quotations
  const slots: number[] = [];
  claims.forEach((_, c) => {
    for (let k = 0; k < carriers[c]!; k++) slots.push(c);
  });
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  const role = new Map(speakers.map((s) => [s.name, s.role]));
  const files = new Map<string, string>();
  const placements: Placement[] = [];
  for (let at = 0, doc = 0; at < slots.length; doc++) {
    const count = 6 + Math.floor(r() * 9);
    const file = `a${String(doc).padStart(7, '0')}.txt`;
    const outlet = OUTLETS[doc % OUTLETS.length]!;
    const day = 1 + (doc % 28);
    const paragraphs = [`${cap(sentence(r, vocab, 6).join(' '))}`, `2024-03-${String(day).padStart(2, '0')}`];
    for (const c of slots.slice(at, at + count)) {
      const claim = claims[c]!;
      const words = vary(r, claim.text.split(' '));
      const text = cap(words.join(' '));
      placements.push({ claim: c, file, text });
      const verb = VERBS[Math.floor(r() * VERBS.length)]!;
      const form = r();
      paragraphs.push(
        form < 0.45
          ? `${claim.speaker}, ${role.get(claim.speaker)}, said: "${text}."`
          : form < 0.9
            ? `"${text}," ${claim.speaker} ${verb}.`
            : `"${text}," said ${claim.speaker}.`,
      );
      if (r() < 0.3) paragraphs.push(`${cap(sentence(r, vocab, 10).join(' '))}.`);
    }
    paragraphs.push(`Source: ${outlet}`);
    files.set(file, `${paragraphs.join('\n\n')}\n`);
    at += count;
  }
  const absentRng = rng(seed ^ 0x5eed);
  const absent = (n: number): string[] =>
    Array.from({ length: n }, () => cap(sentence(absentRng, vocab, 10 + Math.floor(absentRng() * 8)).join(' ')));
  return { claims, placements, absent, vocabulary: vocab, files };
}

/** What the benchmark knows about a generated corpus (written next to it as JSON). */
export interface Truth {
  claims: SyntheticClaim[];
  placements: Placement[];
  /** Quotations no article carries, for the absent queries. */
  absent: string[];
}

/**
 * Writes the corpus for `quotes` under `root` with its ground truth beside it; a complete copy of the same
 * generator version is reused without generating anything.
 */
export async function ensureCorpus(root: string, quotes: number, seed = 7): Promise<{ dir: string; truthFile: string }> {
  const name = `synthetic-${quotes}-s${seed}-v${GENERATOR_VERSION}`;
  const dir = path.join(root, name);
  const truthFile = path.join(root, `${name}.truth.json`);
  const marker = path.join(dir, '.complete');
  if ((await readFile(marker, 'utf8').catch(() => '')) === 'ok' && (await stat(truthFile).catch(() => null))?.isFile()) {
    return { dir, truthFile };
  }
  const corpus = synthesize(quotes, seed);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const entries = [...corpus.files];
  for (let i = 0; i < entries.length; i += 256) {
    await Promise.all(entries.slice(i, i + 256).map(([file, text]) => writeFile(path.join(dir, file), text)));
  }
  const truth: Truth = { claims: corpus.claims, placements: corpus.placements, absent: corpus.absent(1000) };
  await writeFile(truthFile, JSON.stringify(truth));
  await writeFile(marker, 'ok');
  return { dir, truthFile };
}

/** Reads a corpus's ground truth. */
export async function readTruth(truthFile: string): Promise<Truth> {
  return JSON.parse(await readFile(truthFile, 'utf8')) as Truth;
}
