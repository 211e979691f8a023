/**
 * quotetrail's offline CLI: the same answer functions and renderer as the bot, on a corpus folder, no token.
 * stdout carries only the answer (text, JSON or a Discord payload); logs and per-file errors go to stderr.
 */
import { readFile } from 'node:fs/promises';
import { claimReview } from '../answers/claim-review.js';
import { compare } from '../answers/compare.js';
import { documentNamed, help, outlets, source, speakerQuotes } from '../answers/lists.js';
import { whoSaid } from '../answers/who-said.js';
import { createLogger } from '../log.js';
import * as discord from '../render/discord.js';
import * as text from '../render/text.js';
import type { MessagePayload } from '../render/payload.js';
import { OPTION_MAX, optionText } from '../answers/question-text.js';
import type { ClaimView } from '../store/view.js';
import { BatchLine, parseCli, USAGE, UsageError, type CliArgs } from './args.js';
import { extractFiles } from './extract.js';
import { articlesText, cliFetchPolicy, readArticles } from './article.js';
import { fetchPage } from '../fetch/index.js';
import { addFromCli, removeFromCli } from './add.js';
import { CLI_COLLECTION, openSession, type CliSession } from './session.js';

const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');

function write(line: string): void {
  process.stdout.write(line.endsWith('\n') ? line : `${line}\n`);
}

/** Prints one answer in the requested format. */
function emit<T>(args: CliArgs, answer: T, toPayload: (a: T) => MessagePayload, toText: (a: T) => string): void {
  if (args.format === 'claimreview') throw new Error('--format claimreview is for who-said answers');
  if (args.format === 'json') write(JSON.stringify(answer, null, 2));
  else if (args.format === 'discord') write(JSON.stringify(toPayload(answer), null, 2));
  else write(toText(answer));
}

let session: CliSession | null = null;

/** The corpus folder with the CLI's added articles over it (opened once per run, closed at the end). */
async function open(args: CliArgs): Promise<CliSession> {
  session ??= await openSession(args.corpus, logger);
  return session;
}

async function closeSession(): Promise<void> {
  const open = session;
  session = null;
  await open?.close();
}

async function load(args: CliArgs): Promise<ClaimView> {
  return (await open(args)).view;
}

/** Cleans text from the command line as the bot cleans its options (same bounds, so the same answers). */
function cleaned(raw: string | undefined | null, max: number): string | null {
  if (raw === undefined || raw === null) return null;
  return optionText(max).parse(raw) || null;
}

function requireText(args: CliArgs, what: string, max: number = OPTION_MAX.quote): string {
  const value = cleaned(args.positionals.join(' '), max);
  if (!value) throw new Error(`${args.command} needs ${what} (see --help)`);
  return value;
}

async function batch(args: CliArgs, file: string): Promise<void> {
  const store = await load(args);
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const line = BatchLine.safeParse(parsed);
    if (!line.success) {
      write(JSON.stringify({ line: i + 1, error: { code: 'invalid_line', message: 'expected {"quote": string, "speaker"?: string}' } }));
      return;
    }
    const { quote, speaker, outlet } = line.data;
    write(
      JSON.stringify(
        whoSaid(store, cleaned(quote, OPTION_MAX.quote) ?? '', {
          speaker: cleaned(speaker, OPTION_MAX.name),
          outlet: cleaned(outlet, OPTION_MAX.name),
        }),
      ),
    );
  });
}

async function run(args: CliArgs): Promise<number> {
  switch (args.command) {
    case 'who-said': {
      if (args.batch) {
        await batch(args, args.batch);
        return 0;
      }
      const store = await load(args);
      const options = { speaker: cleaned(args.speaker, OPTION_MAX.name), outlet: cleaned(args.outlet, OPTION_MAX.name) };
      const result = whoSaid(store, requireText(args, 'a quotation'), options);
      if (args.format === 'claimreview') {
        write(JSON.stringify(claimReview(result), null, 2));
        return 0;
      }
      emit(
        args,
        result,
        (r) => discord.whoSaidPayload(r),
        (r) => text.whoSaidText(r),
      );
      return 0;
    }
    case 'compare': {
      const store = await load(args);
      const outlets = args.outlets.map((o) => cleaned(o, OPTION_MAX.name)).filter((o): o is string => o !== null);
      emit(args, compare(store, requireText(args, 'a topic'), { outlets }), discord.comparePayload, text.compareText);
      return 0;
    }
    case 'quotes': {
      const store = await load(args);
      emit(
        args,
        speakerQuotes(store, requireText(args, 'a speaker name', OPTION_MAX.name)),
        discord.speakerQuotesPayload,
        text.speakerQuotesText,
      );
      return 0;
    }
    case 'outlets': {
      const store = await load(args);
      emit(args, outlets(store), discord.outletsPayload, text.outletsText);
      return 0;
    }
    case 'source': {
      // who added an article with `cli add`, when and from where, as /source says it for a server's articles
      const { view, library } = await open(args);
      // typed loosely ("DW", "003"): the one document it names, so who added it is found too
      const document = documentNamed(view, requireText(args, 'a document file name', OPTION_MAX.name));
      emit(args, source(view, document, await library.provenance(CLI_COLLECTION, document)), discord.sourcePayload, text.sourceText);
      return 0;
    }
    case 'commands': {
      // the bot's own loader, so this is exactly what deploy-commands registers
      const { loadCommands, registrationPayload } = await import('../bot/command-loader.js');
      write(JSON.stringify(registrationPayload(await loadCommands()), null, 2));
      return 0;
    }
    case 'article': {
      if (!args.positionals.length) throw new Error('article needs at least one FILE or URL (see --help)');
      const result = await readArticles(args.positionals, { fetchPage, policy: cliFetchPolicy() });
      write(args.format === 'text' ? articlesText(result) : JSON.stringify(result));
      return 0;
    }
    case 'add': {
      const input = args.positionals[0];
      if (!input || args.positionals.length > 1) throw new Error('add needs one FILE or URL (see --help)');
      const result = await addFromCli(await open(args), input, { outlet: args.outlet ?? null, date: args.date ?? null });
      emit(args, result, discord.addArticlePayload, text.addArticleText);
      return result.ok ? 0 : 1;
    }
    case 'remove': {
      const result = await removeFromCli(await open(args), requireText(args, 'a document id', OPTION_MAX.name));
      emit(args, result, discord.removeArticlePayload, text.removeArticleText);
      return result.ok ? 0 : 1;
    }
    case 'extract': {
      const out = await extractFiles(args.positionals);
      for (const e of out.errors) process.stderr.write(`${e.message}\n`);
      write(JSON.stringify(out));
      return out.documents.length || !out.errors.length ? 0 : 1;
    }
    case 'help':
      // as JSON or a Discord payload: the bot's /help answer, which names the corpus as every answer does
      if (args.format === 'json' || args.format === 'discord') {
        const { helpEntries, loadCommands } = await import('../bot/command-loader.js');
        emit(args, help(await load(args), helpEntries(await loadCommands())), discord.helpPayload, text.helpText);
        return 0;
      }
      write(USAGE);
      return 0;
    case undefined:
      write(USAGE);
      return args.command ? 0 : 2;
    default:
      process.stderr.write(`unknown command "${args.command}"\n\n${USAGE}`);
      return 2;
  }
}

try {
  process.exitCode = await run(parseCli(process.argv.slice(2)));
} catch (error) {
  process.stderr.write(`quotetrail: ${error instanceof Error ? error.message : String(error)}\n`);
  // a command line it cannot run is said with the usage, and exits 2 as an unknown command does
  if (error instanceof UsageError) process.stderr.write(`\n${USAGE}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
} finally {
  await closeSession();
}
