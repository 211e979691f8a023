/** Command-line arguments of the CLI, parsed with node:util and validated with zod. */
import { z } from 'zod';
import { readCommandLine } from './command-line.js';

export const OutputFormat = z.enum(['text', 'json', 'discord', 'claimreview']);
export type OutputFormat = z.infer<typeof OutputFormat>;

export interface CliArgs {
  command: string | undefined;
  positionals: string[];
  corpus: string;
  format: OutputFormat;
  speaker: string | undefined;
  outlet: string | undefined;
  outlets: string[];
  batch: string | undefined;
  /** `add --date`: the publication date, when the page does not say. */
  date: string | undefined;
}

/** A command line the CLI cannot run (an unknown option, a missing value): said in one line, with the usage. */
export class UsageError extends Error {}

/** Parses argv (without node and the script); throws a one-line {@link UsageError} on unknown or malformed options. */
export function parseCli(argv: string[]): CliArgs {
  const line = readCommandLine(
    argv,
    {
      corpus: { type: 'string', default: 'seeds' },
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
      speaker: { type: 'string' },
      outlet: { type: 'string' },
      outlets: { type: 'string' },
      batch: { type: 'string' },
      date: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    { allowPositionals: true },
  );
  if (line.kind === 'error') throw new UsageError(line.message);
  if (line.kind === 'help') throw new Error('unreachable: --help is an option of the CLI');
  const { values, positionals } = line;
  const format = OutputFormat.safeParse(values.format ?? (values.json ? 'json' : 'text'));
  if (!format.success) throw new UsageError(`--format must be one of text, json, discord, claimreview (got "${values.format}")`);
  const [command, ...rest] = positionals;
  return {
    command: values.help ? 'help' : command,
    positionals: rest,
    corpus: values.corpus,
    format: format.data,
    speaker: values.speaker,
    outlet: values.outlet,
    outlets: (values.outlets ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    batch: values.batch,
    date: values.date,
  };
}

/** One line of a `who-said --batch` file. */
export const BatchLine = z.object({
  quote: z.string(),
  speaker: z.string().nullish(),
  outlet: z.string().nullish(),
});

export const USAGE = `quotetrail — who said what, and which outlets carried it

Usage: npm run cli -- <command> [options]

  who-said "QUOTE" [--speaker NAME] [--outlet NAME]   who said it, every outlet that carried it, a verdict
  who-said --batch FILE.jsonl --json                  one {"quote","speaker"?,"outlet"?} per line → one result per line
  compare "TOPIC" [--outlets A,B]                     how each outlet carried the claims on a topic
  quotes "SPEAKER"                                    what one speaker is quoted saying
  outlets                                             outlets in the corpus, with counts and dates
  source DOCUMENT                                     one document: metadata and the claims in it
  extract --json FILE...                              quotations with speakers (for scoring the extractor)
  article [--json] FILE|URL...                        the article of each web page or text file: body and metadata
  add FILE|URL [--outlet NAME] [--date YYYY-MM-DD]    add an article to the CLI's own collection (STATE_DIR)
  remove DOCUMENT                                     take an added article out again
  commands --json                                     the slash-command registration payload
  help [--json | --format discord]                    this text; as JSON or a payload, the bot's /help with the corpus

Options:
  --corpus DIR       corpus folder (default: seeds)
  --json             print the answer as JSON (stdout holds only the JSON; logs go to stderr)
  --format F         text (default), json, discord (the exact message payload the bot would send), or
                     claimreview (who-said only: schema.org ClaimReview JSON-LD for a fact-checking site)
`;
