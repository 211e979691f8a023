/**
 * Articles a server adds (a link, a Discord attachment, a file from the CLI) and takes out. An add reads the
 * page through the safe fetcher, extracts the article, refuses duplicates and pages without an article
 * (nothing stored then), stores it in the state database in one transaction, and rebuilds only that server's
 * small layer: the article answers questions as soon as the reply says it was added.
 */
import type { AddArticleCode, AddArticleResult, CorpusVersion, RemoveArticleResult, SourceResult } from '../answers/types.js';
import { suggest } from '../answers/lists.js';
import { parseDate } from '../corpus/dates.js';
import { spokenOf } from '../corpus/errors.js';
import type { CorpusDocument, FileError } from '../corpus/types.js';
import { DEFAULT_CONTENT_TYPES, fetchPage, type FetchPolicy, looksLikeLink, pastedLink } from '../fetch/index.js';
import type { Logger } from '../log.js';
import type { StateStore, StoredArticle } from '../state/types.js';
import type { CorpusHolder } from './holder.js';
import { articleDocument, bodyHash, toArticleMeta } from './document.js';
import { articleId } from './ids.js';
import { readArticlePage } from './read-article.js';
import { bodyStart, sharedDocuments } from './shared-index.js';

/** File names an attachment or a CLI file may have. */
export const ADDABLE_FILE = /\.(?:html?|txt|md)$/i;
/** Quotations listed in an add's reply. */
const LISTED_QUOTES = 10;

/** Where the article comes from. */
export type ArticleSource =
  | { kind: 'url'; url: string }
  /** A Discord attachment: downloaded from its address, by the same safe fetcher. */
  | { kind: 'attachment'; name: string; url: string; size: number | null; contentType: string | null }
  /** Bytes in hand (a file given to the CLI). */
  | { kind: 'file'; name: string; bytes: Uint8Array; contentType: string | null };

export interface AddRequest {
  guildId: string;
  actor: { id: string; name: string };
  source: ArticleSource;
  overrides?: { outlet?: string | null; date?: string | null };
}

export interface LibraryOptions {
  fetch: FetchPolicy;
  logger: Logger;
  /**
   * Who reads the replies' words: a Discord server's members (the default: "added in this server", "/reload"), or
   * the command line's user, whose added articles are the CLI's own collection beside the corpus folder.
   */
  surface?: 'server' | 'cli';
}

type Refusal = { code: Exclude<AddArticleCode, 'added'>; message: string; duplicateOf?: AddArticleResult['duplicateOf'] };

/** A result before the version of the corpus it leaves is stamped on. */
type Unstamped<T> = Omit<T, 'corpus'>;

const refused = (r: Refusal, started: number): Unstamped<AddArticleResult> => ({
  ok: false,
  code: r.code,
  message: r.message,
  document: null,
  title: null,
  outlet: null,
  date: null,
  url: null,
  author: null,
  quotes: [],
  quoteCount: 0,
  speakers: [],
  duplicateOf: r.duplicateOf ?? null,
  durationMs: Math.round(performance.now() - started),
});

/**
 * The refusal of a url option that is no link (words, or a file's name or path on the moderator's computer),
 * or null for a link. A bare "name.html" or "name.txt" is a file (no site ends so); "name.md" may be a site.
 */
function notALink(given: string): Refusal | null {
  const text = given.trim();
  const file = /^[^/\\\s:]+\.(?:html?|txt)$/i.test(text) || /^(?:[a-z]:\\|\\\\|\/|~\/|\.{1,2}\/)/i.test(text);
  if (!file && looksLikeLink(pastedLink(text))) return null;
  const shown = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return {
    code: 'not_a_link',
    message: file
      ? `“${shown}” is a file on a computer, not a link: the bot cannot reach it there. Attach the file itself with /add file: (.html, .htm, .txt or .md).`
      : `“${shown}” is not a link. Paste the article’s address (https://…), or attach the article as a file with /add file: (the page saved from the browser as .html or .htm, or its text as .txt or .md).`,
  };
}

function fileRefusal(error: FileError): Refusal {
  const code: Refusal['code'] = error.code === 'no_article' ? 'no_article' : error.code === 'too_large' ? 'too_large' : 'unreadable';
  return { code, message: error.message };
}

export class ArticleLibrary {
  /** One add or remove at a time per server: each rebuilds that server's layer from its full list. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly holder: CorpusHolder,
    private readonly state: StateStore,
    private readonly options: LibraryOptions,
  ) {}

  /** Reads every server's added articles (or one server's) from the state database into the corpus (at start). */
  async loadAll(guildId?: string): Promise<number> {
    const byGuild = new Map<string, CorpusDocument[]>();
    const articles = await this.state.loadArticles(guildId);
    for (const a of articles) {
      const list = byGuild.get(a.guildId) ?? [];
      list.push(articleDocument(a));
      byGuild.set(a.guildId, list);
    }
    for (const [guildId, docs] of byGuild) this.holder.setDocuments(guildId, docs);
    this.options.logger.info({ articles: articles.length, guilds: byGuild.size }, 'added articles loaded');
    return articles.length;
  }

  /** Adds an article to a server's collection, or says why not (then nothing is stored). */
  add(request: AddRequest): Promise<AddArticleResult> {
    return this.serialised(request.guildId, async () => ({ ...(await this.addNow(request)), corpus: this.versionOf(request.guildId) }));
  }

  /** Takes one of a server's added articles out. */
  remove(guildId: string, documentId: string, actor: { id: string; name: string }): Promise<RemoveArticleResult> {
    return this.serialised(guildId, async () => ({
      ...(await this.removeNow(guildId, documentId, actor)),
      corpus: this.versionOf(guildId),
    }));
  }

  /** The version of the corpus the server's answers use from now on. */
  private versionOf(guildId: string): CorpusVersion {
    return this.holder.view(guildId).corpusVersion();
  }

  private async removeNow(
    guildId: string,
    documentId: string,
    actor: { id: string; name: string },
  ): Promise<Unstamped<RemoveArticleResult>> {
    const removed = await this.state.removeArticle(guildId, documentId, actor);
    if (!removed) {
      const cli = this.options.surface === 'cli';
      const names = this.holder.documentsOf(guildId).map((d) => d.id);
      const message = this.holder.current.documents.has(documentId)
        ? cli
          ? `“${documentId}” is a file of the corpus folder, not an added article: it is taken out by removing the file from the folder.`
          : `“${documentId}” comes from the corpus folder, not from /add: it is taken out by removing the file and running /reload.`
        : cli
          ? `No article added with the add command is called “${documentId}”.`
          : `No article added in this server is called “${documentId}”.`;
      // the file name or the address the article was added from ("extra.txt" for "added/library-hours-cut"): its id
      // first, as the member will not know the id the title gave it
      const typed = documentId.trim().toLowerCase();
      const addedFrom = (await this.state.listArticles(guildId))
        .filter((a) => {
          const from = a.origin.value.trim().toLowerCase();
          return from === typed || from.split(/[\\/]/).at(-1) === typed;
        })
        .map((a) => a.id);
      const suggestions = [...new Set([...addedFrom, ...suggest(documentId, names)])];
      return { ok: false, document: documentId, title: null, message, suggestions };
    }
    this.holder.setDocuments(
      guildId,
      this.holder.documentsOf(guildId).filter((d) => d.id !== documentId),
    );
    this.options.logger.info({ guildId, document: documentId, by: actor.id }, 'article removed');
    return {
      ok: true,
      document: documentId,
      title: removed.meta.title,
      message: `Removed “${removed.meta.title ?? documentId}”.`,
      suggestions: [],
    };
  }

  /** Who added a document of this server, when and from where (null for the folder's files). */
  async provenance(guildId: string | null, documentId: string): Promise<SourceResult['added']> {
    if (guildId === null || !this.holder.documentsOf(guildId).some((d) => d.id === documentId)) return null;
    const article = (await this.state.listArticles(guildId)).find((a) => a.id === documentId);
    if (!article) return null;
    return { by: article.addedByName, at: article.addedAt, from: article.origin.value };
  }

  private serialised<T>(guildId: string, job: () => Promise<T>): Promise<T> {
    const before = this.queues.get(guildId) ?? Promise.resolve();
    const run = before.then(job, job);
    const settled = run.catch(() => undefined);
    this.queues.set(guildId, settled);
    void settled.then(() => {
      if (this.queues.get(guildId) === settled) this.queues.delete(guildId);
    });
    return run;
  }

  private async read(
    source: ArticleSource,
  ): Promise<
    | { ok: true; bytes: Uint8Array; contentType: string | null; url: string | null; fileName: string | null }
    | { ok: false; refusal: Refusal }
  > {
    if (source.kind === 'file') return { ok: true, bytes: source.bytes, contentType: source.contentType, url: null, fileName: source.name };
    // words, or a file's name, given as the link: said so, with the way to add a file (the fetcher would only
    // say the page could not be read)
    const noLink = source.kind === 'url' ? notALink(source.url) : null;
    if (noLink) return { ok: false, refusal: noLink };
    if (source.kind === 'attachment') {
      if (!ADDABLE_FILE.test(source.name)) {
        return { ok: false, refusal: { code: 'unsupported', message: 'Only .html, .htm, .txt and .md files can be added.' } };
      }
      if (source.size !== null && source.size > this.options.fetch.maxBytes) {
        const mb = (this.options.fetch.maxBytes / 2 ** 20).toFixed(0);
        return { ok: false, refusal: { code: 'too_large', message: `The file is larger than the ${mb} MiB the bot reads.` } };
      }
    }
    // an attachment's type is what its file name says (checked above); file hosts often label it as bytes
    const policy: FetchPolicy =
      source.kind === 'attachment'
        ? {
            ...this.options.fetch,
            allowedContentTypes: [...(this.options.fetch.allowedContentTypes ?? DEFAULT_CONTENT_TYPES), 'application/octet-stream'],
          }
        : this.options.fetch;
    const fetched = await fetchPage(source.url, policy);
    if (!fetched.ok) {
      this.options.logger.warn({ url: fetched.url, code: fetched.code }, 'fetch refused');
      return { ok: false, refusal: { code: fetched.code === 'too_large' ? 'too_large' : 'fetch_failed', message: fetched.message } };
    }
    return {
      ok: true,
      bytes: fetched.body,
      contentType: fetched.contentType + (fetched.charset ? `; charset=${fetched.charset}` : ''),
      url: source.kind === 'url' ? fetched.url : null,
      fileName: source.kind === 'attachment' ? source.name : null,
    };
  }

  private async addNow(request: AddRequest): Promise<Unstamped<AddArticleResult>> {
    const started = performance.now();
    const { guildId, source } = request;
    const date = request.overrides?.date?.trim() || null;
    const isoDate = date ? parseDate(date) : null;
    if (date && !isoDate) return refused({ code: 'invalid', message: `“${date}” is not a date the bot reads (try 2024-03-05).` }, started);
    const outlet = request.overrides?.outlet?.trim() || undefined;
    const read = await this.read(source);
    if (!read.ok) return refused(read.refusal, started);
    const placeholder = 'added/new';
    // a large page is read on a worker thread, which also hashes it and extracts its claims: the bot keeps
    // answering meanwhile
    const page = await readArticlePage(placeholder, read.bytes, {
      contentType: read.contentType,
      url: read.url,
      fileName: read.fileName,
      overrides: { ...(outlet ? { outlet } : {}), ...(isoDate ? { date: isoDate } : {}) },
    });
    if ('code' in page) {
      // the catalogue speaks of corpus files ('File "x" is …'): a moderator added a page or an attachment
      const what = source.kind === 'url' ? 'page' : 'file';
      const message = spokenOf(page.message, placeholder, `The ${what}`);
      return refused(fileRefusal({ ...page, message }), started);
    }
    const { document: doc, addWork } = page;
    const hash = addWork?.hash ?? bodyHash(doc);
    const canonicalUrl = doc.meta.url ?? read.url;
    const duplicate = await this.findDuplicate(guildId, doc, canonicalUrl, hash);
    if (duplicate) return refused(duplicate, started);
    const origin =
      source.kind === 'url'
        ? { kind: 'url' as const, value: source.url }
        : { kind: source.kind === 'attachment' ? ('file' as const) : ('cli' as const), value: source.name };
    // Asked id by id: copying a 100k-article corpus's ids into a set cost more than the whole add.
    const guildIds = new Set(this.holder.documentsOf(guildId).map((d) => d.id));
    const existing = { has: (id: string) => this.holder.current.documents.has(id) || guildIds.has(id) };
    const article: StoredArticle = {
      id: articleId({ title: doc.meta.title, outlet: doc.meta.outlet, url: canonicalUrl, fileName: read.fileName, hash }, existing),
      guildId,
      addedById: request.actor.id,
      addedByName: request.actor.name,
      addedAt: new Date().toISOString(),
      origin,
      canonicalUrl,
      textHash: hash,
      raw: read.bytes,
      contentType: read.contentType,
      text: doc.text,
      meta: toArticleMeta(doc.meta),
    };
    const document = articleDocument(article);
    // A large page's claims are joined to the shared store in slices, the bot answering others between them;
    // before the article is stored, as the follower, told of it (this process's event too), would join them in
    // one stretch. The list is taken again at the set, so documents set meanwhile (another process's add) stay.
    const prepared = [...this.holder.documentsOf(guildId), document];
    // The thread's claims do not depend on the document's id (given only now), only on its text and blocks; used
    // when the stored article's blocks are those they were extracted from (else extracted again here).
    const claims = addWork?.claimsFit(document.blocks) && document.text === doc.text ? new Map([[document, addWork.claims]]) : undefined;
    await this.holder.prepareDocuments(guildId, prepared, claims);
    const stored = await this.state.addArticle(article);
    if (!stored.ok) {
      this.holder.discardPrepared(guildId, prepared);
      return refused(this.duplicateRefusal(stored.duplicateOf.id, stored.duplicateOf.meta.title, stored.duplicateOf.meta.outlet), started);
    }
    const view = this.holder.setDocuments(guildId, [...this.holder.documentsOf(guildId), document]) ?? this.holder.view(guildId);
    const entries = view.entriesOfDocument(document.id).filter((e) => e.kind === 'quote');
    const speakerName = (id: string | null): string | null => (id ? (view.speakers.get(id)?.name ?? null) : null);
    const counts = new Map<string, number>();
    for (const e of entries) {
      const name = speakerName(e.speakerId);
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const durationMs = Math.round(performance.now() - started);
    this.options.logger.info(
      { guildId, document: document.id, by: request.actor.id, quotes: entries.length, ms: durationMs },
      'article added',
    );
    return {
      ok: true,
      code: 'added',
      message: `Added: ${entries.length} quotation${entries.length === 1 ? '' : 's'} found.`,
      document: document.id,
      title: document.meta.title,
      outlet: document.meta.outlet,
      date: document.meta.date,
      url: canonicalUrl,
      author: document.meta.author ?? null,
      partial: document.meta.partial ?? null,
      quotes: entries.slice(0, LISTED_QUOTES).map((e) => ({ text: e.text, speaker: speakerName(e.speakerId) })),
      quoteCount: entries.length,
      speakers: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n),
      duplicateOf: null,
      durationMs,
    };
  }

  private async findDuplicate(guildId: string, doc: CorpusDocument, canonicalUrl: string | null, hash: string): Promise<Refusal | null> {
    const shared = sharedDocuments(this.holder.current);
    const inFolder =
      shared.byStart.get(bodyStart(doc))?.find((d) => bodyHash(d) === hash) ?? (canonicalUrl ? shared.byUrl.get(canonicalUrl) : undefined);
    if (inFolder) return this.duplicateRefusal(inFolder.id, inFolder.meta.title, inFolder.meta.outlet);
    const added = await this.state.findDuplicate(guildId, canonicalUrl, hash);
    return added ? this.duplicateRefusal(added.id, added.meta.title, added.meta.outlet) : null;
  }

  private duplicateRefusal(document: string, title: string | null, outlet: string | null): Refusal {
    const what = [title && `“${title}”`, outlet && `(${outlet})`].filter(Boolean).join(' ');
    return {
      code: 'duplicate',
      message: `This article is already in the corpus as ${document}${what ? ` — ${what}` : ''}.`,
      duplicateOf: { document, title, outlet },
    };
  }
}
