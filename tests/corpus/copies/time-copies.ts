/**
 * Times `findCopies` on a generated corpus (a measuring tool, not a test): independent stories of about 300
 * words from a 30,000-word vocabulary, plus copies of some of them under other mastheads (trimmed, with a
 * paragraph added, or with a few words changed), a fifth of them crediting a wire agency.
 * Usage: npx tsx tests/corpus/copies/time-copies.ts [--docs 100000] [--copies 0.1] [--seed 1]
 * Prints one JSON line: documents, planted copies, copies found, how many of those fold to the story they
 * were made from, and the seconds taken, wall clock and CPU (generation excluded).
 */
import { type CopySource, findCopies } from '../../../src/corpus/copies/copies.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const total = opt('--docs', 100_000);
const copyShare = opt('--copies', 0.1);
let state = opt('--seed', 1) >>> 0;

/** Seeded PRNG (mulberry32): the same arguments make the same corpus. */
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const syllables =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu'.split(
    ' ',
  );
const vocabulary = Array.from({ length: 30_000 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join(''),
);
// skewed word choice: a few words are very common, as in news text
const word = (): string => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;
const sentence = (): string => `${Array.from({ length: 8 + Math.floor(random() * 10) }, word).join(' ')}.`;
const paragraph = (): string => Array.from({ length: 2 + Math.floor(random() * 3) }, sentence).join(' ');
const outlets = Array.from({ length: 300 }, (_, i) => `Outlet ${i}`);
const dateAfter = (day: number): string => new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);

function source(id: string, outlet: string, date: string, paragraphs: readonly string[]): CopySource {
  let text = `${outlet} | Home | News\n\n`;
  const blocks: { start: number; end: number }[] = [];
  for (const p of paragraphs) {
    blocks.push({ start: text.length, end: text.length + p.length });
    text += `${p}\n\n`;
  }
  return { id, text, blocks, meta: { outlet, date } };
}

interface Story {
  id: string;
  day: number;
  outlet: string;
  paragraphs: string[];
}
const stories: Story[] = [];
const docs: CopySource[] = [];
const plantedFrom = new Map<string, string>();
const copies = Math.round(total * copyShare);
for (let i = 0; i < total - copies; i++) {
  const paragraphs = Array.from({ length: 5 + Math.floor(random() * 5) }, paragraph);
  if (random() < 0.2) paragraphs[0] = `CITY (${pick(['Reuters', 'AFP', 'AP', 'Xinhua'])}) - ${paragraphs[0]}`;
  const story = { id: `story-${String(i).padStart(6, '0')}.txt`, day: Math.floor(random() * 365), outlet: pick(outlets), paragraphs };
  stories.push(story);
  docs.push(source(story.id, story.outlet, dateAfter(story.day), paragraphs));
}
for (let i = 0; i < copies; i++) {
  const story = pick(stories);
  let outlet = pick(outlets);
  while (outlet === story.outlet) outlet = pick(outlets);
  const kind = random();
  let paragraphs = story.paragraphs;
  if (kind < 0.33) paragraphs = paragraphs.slice(0, Math.max(3, Math.ceil(paragraphs.length * 0.6)));
  else if (kind < 0.66) paragraphs = [...paragraphs, paragraph()];
  else paragraphs = paragraphs.map((p) => p.replace(/\b\w+\b/, word()));
  const id = `copy-${String(i).padStart(6, '0')}.txt`;
  plantedFrom.set(id, story.id);
  docs.push(source(id, outlet, dateAfter(story.day + 1 + Math.floor(random() * 3)), paragraphs));
}

const started = performance.now();
const cpu = process.cpuUsage();
const found = findCopies(docs);
const seconds = (performance.now() - started) / 1000;
// CPU time as well: on a shared machine the wall clock also counts the time other processes held the cores
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;

// a planted copy is right when it folds to its story, or to another copy of the same story dated earlier
const storyOf = (id: string): string => plantedFrom.get(id) ?? id;
let right = 0;
let wrong = 0;
for (const [id, info] of found) {
  if (storyOf(id) === storyOf(info.copyOf)) right++;
  else wrong++;
}
process.stdout.write(
  `${JSON.stringify({
    documents: docs.length,
    plantedCopies: plantedFrom.size,
    found: found.size,
    foldedToTheirStory: right,
    foldedElsewhere: wrong,
    seconds: Math.round(seconds * 10) / 10,
    cpuSeconds: Math.round(cpuSeconds * 10) / 10,
    heapUsedMBAtEnd: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  })}\n`,
);
