/**
 * The shared corpus and every server's added articles: one `ClaimView` per server, built when first asked for
 * and kept until that server's articles or the shared corpus change. An add rebuilds only that server's small
 * layer (documents already read are not extracted again), never the shared store. `prepareDocuments` does the
 * long part of a rebuild beforehand (joining the layer's claims to the shared store) in slices, between which
 * the event loop turns, so that a large added page does not stop the bot from answering.
 *
 * @example
 * const collections = new Collections(await openStore('seeds'));
 * collections.setDocuments('123', [addedDoc]);
 * whoSaid(collections.view('123'), '…'); // the shared corpus and server 123's article
 * whoSaid(collections.view('456'), '…'); // the shared corpus only
 */
import { extractClaims } from '../claims/extract.js';
import type { DocumentClaims } from '../claims/types.js';
import type { CorpusDocument } from '../corpus/types.js';
import { buildParts } from './build.js';
import { CorrectedView, type SpeakerCorrection } from './corrected.js';
import { type LayerLinks, LayeredView, linkLayer } from './layer.js';
import { ClaimStore } from './store.js';
import { turnOfTheLoop } from './turn.js';
import type { ClaimView } from './view.js';

export class Collections {
  private readonly views = new Map<string, ClaimView>();
  /** Per server: the shared claim each of its layer claims joined (valid for this base only). */
  private readonly links = new Map<string, LayerLinks>();
  /** Per server: the layer's store that `prepareDocuments` built, kept for the `setDocuments` of the same documents. */
  private readonly prepared = new Map<string, { documents: readonly CorpusDocument[]; layer: ClaimStore }>();
  /** Each server's speaker corrections in force, applied over its view. */
  private readonly corrections = new Map<string, readonly SpeakerCorrection[]>();

  /**
   * @param base the shared corpus's store
   * @param added each server's added documents (ids unique across the shared corpus and that server)
   * @param extracted claims already extracted, by document id and content hash (shared with `withBase`)
   */
  constructor(
    readonly base: ClaimStore,
    private readonly added = new Map<string, readonly CorpusDocument[]>(),
    private readonly extracted = new Map<string, DocumentClaims>(),
  ) {}

  /** The view a server's questions are answered from (`null`: a direct message, the shared corpus only). */
  view(guildId: string | null): ClaimView {
    if (guildId === null) return this.base;
    const cached = this.views.get(guildId);
    if (cached) return cached;
    const docs = this.added.get(guildId);
    const layered = docs?.length
      ? new LayeredView(this.base, this.preparedLayer(guildId, docs) ?? this.layerStore(docs), this.linksOf(guildId))
      : this.base;
    const corrections = this.corrections.get(guildId);
    const view = corrections?.length ? new CorrectedView(layered, corrections) : layered;
    this.views.set(guildId, view);
    return view;
  }

  /**
   * Replaces a server's corrections in force (after a /correct or an undo); its view is built again, at once
   * unless `lazily` (many servers at start).
   */
  setCorrections(guildId: string, corrections: readonly SpeakerCorrection[], lazily = false): ClaimView | null {
    if (corrections.length) this.corrections.set(guildId, [...corrections]);
    else this.corrections.delete(guildId);
    this.views.delete(guildId);
    return lazily ? null : this.view(guildId);
  }

  /** A server's added documents. */
  documentsOf(guildId: string): readonly CorpusDocument[] {
    return this.added.get(guildId) ?? [];
  }

  /** Servers that have added documents. */
  guilds(): string[] {
    return [...this.added.keys()];
  }

  /**
   * Does beforehand, without holding the event loop for long, what `setDocuments(guildId, docs)` would spend
   * most of its time on: the documents' quotations extracted, the layer's store built, and its claims joined to
   * the shared store (each a search of it) in slices of about `sliceMs`. The `setDocuments` that follows then
   * builds the view at once; given other documents (another add came in meanwhile), it finds what was done for
   * those they share and does the rest itself. Changes nothing that a question reads. `claims`: documents of
   * `docs` whose claims were extracted already, as `extractClaims(doc)` gives them (they are not extracted again).
   */
  async prepareDocuments(
    guildId: string,
    docs: readonly CorpusDocument[],
    options: { sliceMs?: number; stop?: () => boolean; claims?: ReadonlyMap<CorpusDocument, DocumentClaims> } = {},
  ): Promise<void> {
    if (!docs.length) return;
    // claims already extracted elsewhere (a large page's, on its reading thread), by the very document object
    for (const [doc, claims] of options.claims ?? [])
      if (docs.includes(doc) && !this.extracted.has(key(doc))) this.extracted.set(key(doc), claims);
    // a turn before each long step: a large page's extraction alone takes seconds
    for (const doc of docs) {
      if (this.extracted.has(key(doc))) continue;
      await turnOfTheLoop();
      if (options.stop?.()) return;
      this.extract(doc);
    }
    await turnOfTheLoop();
    if (options.stop?.()) return;
    const layer = this.layerStore(docs);
    await linkLayer(this.base, layer, this.linksOf(guildId), options);
    if (!options.stop?.()) this.prepared.set(guildId, { documents: [...docs], layer });
  }

  /**
   * Forgets what `prepareDocuments(guildId, docs)` did when those documents will not be set (an add refused
   * after it): its layer's store, and the claims of those of `docs` the server does not have. Links stay: they
   * hold for any layer over this base.
   */
  discardPrepared(guildId: string, docs: readonly CorpusDocument[]): void {
    this.prepared.delete(guildId);
    const kept = new Set(this.documentsOf(guildId).map((d) => key(d)));
    for (const d of docs) if (!kept.has(key(d))) this.extracted.delete(key(d));
  }

  /** Replaces a server's added documents and builds its view at once (an add is answered from it). */
  setDocuments(guildId: string, docs: readonly CorpusDocument[]): ClaimView {
    const kept = new Set(docs.map((d) => key(d)));
    for (const d of this.added.get(guildId) ?? []) if (!kept.has(key(d))) this.extracted.delete(key(d));
    if (docs.length) this.added.set(guildId, [...docs]);
    else this.added.delete(guildId);
    this.views.delete(guildId);
    const view = this.view(guildId);
    this.prepared.delete(guildId);
    return view;
  }

  /**
   * The same servers' documents over a new shared store (views are built again when asked for). Call it at
   * the moment of the swap: an add made to this instance afterwards does not reach the new one.
   */
  withBase(base: ClaimStore): Collections {
    const next = new Collections(base, new Map(this.added), this.extracted);
    for (const [guildId, list] of this.corrections) next.corrections.set(guildId, list);
    return next;
  }

  private linksOf(guildId: string): LayerLinks {
    let links = this.links.get(guildId);
    if (!links) {
      links = new Map();
      this.links.set(guildId, links);
    }
    return links;
  }

  /** The layer's store `prepareDocuments` built from these very documents (the same objects, in order), if any. */
  private preparedLayer(guildId: string, docs: readonly CorpusDocument[]): ClaimStore | null {
    const prepared = this.prepared.get(guildId)?.documents;
    const same = prepared?.length === docs.length && prepared.every((d, i) => d === docs[i]);
    return same ? this.prepared.get(guildId)!.layer : null;
  }

  /** A document's claims, extracted once while it is one of a server's (or about to be). */
  private extract(doc: CorpusDocument): DocumentClaims {
    const k = key(doc);
    let claims = this.extracted.get(k);
    if (!claims) {
      claims = extractClaims(doc);
      this.extracted.set(k, claims);
    }
    return claims;
  }

  private layerStore(docs: readonly CorpusDocument[]): ClaimStore {
    const corpus = { dir: this.base.corpusDir, documents: [...docs], errors: [] };
    return ClaimStore.fromParts(
      buildParts(corpus, (doc) => this.extract(doc)),
      corpus,
    );
  }
}

const key = (doc: CorpusDocument): string => `${doc.id}\u0000${doc.contentHash}`;
