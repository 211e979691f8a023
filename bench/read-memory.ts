/**
 * How much heap a reading thread needs for the largest page an add may bring (`MAX_FILE_BYTES`, 20 MiB): reads
 * generated pages by `readPageDocument` on a worker thread under smaller and smaller `maxOldGenerationSizeMb`
 * limits (halving the range between a limit that ran out and one that read, to `--step` MB), and prints the
 * smallest limit that read each page, with its outcome.
 *
 *   npx tsx bench/read-memory.ts [--bytes N] [--step MB] [--largest MB] [paragraphs|one-paragraph|elements …]
 *
 * (not part of `npm run bench`; see src/corpus/web/README.md, "Reading time")
 */
import { commandLine, usageError } from '../src/cli/command-line.js';
import { readPageDocument } from '../src/corpus/web/read-page.js';

const USAGE = 'Usage: npx tsx bench/read-memory.ts [--bytes N] [--step MB] [--largest MB] [paragraphs|one-paragraph|elements …]';
const KINDS = ['paragraphs', 'one-paragraph', 'elements'];
const { values, positionals } = commandLine(
  'read-memory',
  USAGE,
  {
    bytes: { type: 'string', default: String(20 * 1024 * 1024) },
    step: { type: 'string', default: '32' },
    largest: { type: 'string', default: '2048' },
  },
  { allowPositionals: true },
);
const [bytes, step, largest] = [values.bytes, values.step, values.largest].map(Number) as [number, number, number];
if (![bytes, step, largest].every((n) => Number.isInteger(n) && n > 0))
  usageError('read-memory', USAGE, '--bytes, --step and --largest take whole numbers');
const unknown = positionals.find((k) => !KINDS.includes(k));
if (unknown) usageError('read-memory', USAGE, `no page kind "${unknown}" (${KINDS.join(', ')})`);
const kinds = positionals.length ? positionals : KINDS;

/**
 * A generated page of about `size` bytes: paragraphs of about 240 bytes (a third quotations; fewer than
 * `MAX_PAGE_ELEMENTS` at 20 MiB, so it is read, not refused), one paragraph, or tiny elements (refused for their
 * number, after parsing).
 */
function page(kind: string, size: number): Uint8Array {
  const head = `<!doctype html><html lang="en"><head><title>Harbour works | Bay Ledger</title></head><body><article><h1>Harbour works</h1>`;
  const parts = [head, kind === 'one-paragraph' ? '<p>' : ''];
  let length = head.length;
  for (let i = 0; length < size; i++) {
    const part =
      kind === 'elements'
        ? '<i>a</i>'
        : kind === 'one-paragraph'
          ? `The harbour board met ${i} times about the dredging schedule and the quay lights. `
          : i % 3 === 0
            ? `<p>“The north quay will take its ${i}th crane before the spring tides, and the ferry berth will stay open through the works,” said Tomas Reyes, the harbour master, who added that the board would publish the schedule.</p>\n`
            : `<p>Board members went over item ${i} of the works plan on Monday, weighing night dredging against the ferry times. The plan's cost, its noise and the fishing fleet's moorings took most of the meeting, and a vote was set for next month.</p>\n`;
    parts.push(part);
    length += part.length;
  }
  parts.push(kind === 'one-paragraph' ? '</p>' : '', '</article></body></html>');
  return new TextEncoder().encode(parts.join(''));
}

const options = { contentType: 'text/html; charset=utf-8', url: 'https://ledger.example/harbour', offThreadFromBytes: 0 };
for (const kind of kinds) {
  const bytesOfPage = page(kind, bytes);
  let ranOut = 0;
  let read = largest;
  let outcome = '';
  // the first limit tried is the largest: a page that cannot be read within it is reported so
  for (let limit = read; read - ranOut > step; limit = Math.round((ranOut + read) / 2 / 8) * 8) {
    const start = performance.now();
    const doc = await readPageDocument(`generated/${kind}`, bytesOfPage, { ...options, resourceLimits: { maxOldGenerationSizeMb: limit } });
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    const tooMuch = 'code' in doc && doc.code === 'unreadable' && /more memory/.test(doc.message);
    process.stdout.write(`  ${kind} limit ${limit} MB: ${tooMuch ? 'ran out' : 'read'} in ${seconds} s\n`);
    if (tooMuch) {
      ranOut = limit;
      if (limit === largest) break;
    } else {
      read = limit;
      outcome = 'code' in doc ? `refused: ${doc.code}` : `${doc.text.length} chars`;
    }
  }
  const size = (bytesOfPage.length / 1_000_000).toFixed(1);
  const within =
    ranOut === largest
      ? `ran out within ${largest} MB, the largest tried`
      : `read within ${read} MB, ran out within ${ranOut} MB  (${outcome})`;
  process.stdout.write(`${kind.padEnd(14)} ${size} MB  ${within}\n`);
}
