/**
 * A server's added articles over the shared corpus, searched together as one `ClaimView`. The shared store
 * (a million quotations, built at load) is never rebuilt for an add: the server's articles get a small store
 * of their own (the layer), and this view joins the two —
 * - one id space: the layer's renditions and claims are numbered after the shared store's;
 * - one speaker per person: a layer speaker whose name fits exactly one shared speaker is that speaker;
 * - one claim per quotation: a layer claim that the grouping rule would have joined to a shared claim (same
 *   speaker or none, most content stems in common) is shown as part of it, so the shared outlets and the
 *   added article are listed together.
 * Nothing of one server's layer is visible in another server's view: each view has its own layer.
 */
import type { Speaker } from '../claims/types.js';
import { samePerson, writtenAsName } from '../claims/speakers.js';
import type { CorpusDocument, FileError } from '../corpus/types.js';
import { contentStems, joinShare } from './grouping/texts.js';
import type { ClaimStore } from './store.js';
import { turnOfTheLoop } from './turn.js';
import type { ClaimGroup, SearchHit, SearchOptions, StoredRendition } from './types.js';
import { UnionMap } from './union-map.js';
import { documentsVersion } from './version.js';
import type { ClaimView, CorpusVersion, StoreStats } from './view.js';

/** Shared claims a layer claim is compared with (best search hits for its wording). */
const LINK_CANDIDATES = 20;

function compareHits(a: SearchHit, b: SearchHit): number {
  return Number(b.exact) - Number(a.exact) || b.score - a.score || b.bag - a.bag || a.entry.id - b.entry.id;
}

/** The shared claim each layer claim joined (or null), by its view speaker, kind and wording. */
export type LayerLinks = Map<string, number | null>;

/**
 * Each layer speaker's id in the view (the shared speaker whose name fits theirs exactly, or their own id) and
 * the layer's own speakers under those ids.
 */
function viewSpeakers(base: ClaimStore, layer: ClaimStore): { speakerOf: Map<string, string>; own: Map<string, Speaker> } {
  const speakerOf = new Map<string, string>();
  const own = new Map<string, Speaker>();
  for (const s of layer.speakers.values()) {
    // found as a typed name would be, kept only if the corpus's own rule makes them one person
    const shared = writtenAsName(s.name) ? base.findSpeakers(s.name).filter((c) => samePerson(s.name, c)) : [];
    if (shared.length === 1) speakerOf.set(s.id, shared[0]!.id);
    else {
      const id = base.speakers.has(s.id) ? `${s.id}~added` : s.id;
      speakerOf.set(s.id, id);
      own.set(id, { ...s, id });
    }
  }
  return { speakerOf, own };
}

/**
 * The shared claim a layer claim belongs to, by the grouping rule, or null; from `links` when a claim of the
 * same speaker, kind and wording was joined before (the answer depends on nothing else), else found and kept.
 */
function linkOf(
  base: ClaimStore,
  layer: ClaimStore,
  group: ClaimGroup,
  speakerOf: ReadonlyMap<string, string>,
  links: LayerLinks,
): number | null {
  const quoted = group.entryIds.some((i) => layer.entries[i]!.kind === 'quote');
  const speaker = group.speakerId === null ? null : (speakerOf.get(group.speakerId) ?? null);
  const key = `${speaker ?? ''}\u0000${quoted ? 1 : 0}\u0000${group.text}`;
  let link = links.get(key);
  if (link === undefined) {
    link = findLink(base, group.text, quoted, speaker);
    links.set(key, link);
  }
  return link;
}

/** The shared claim a layer claim of this wording, kind and view speaker joins by the grouping rule, or null. */
function findLink(base: ClaimStore, text: string, quoted: boolean, speaker: string | null): number | null {
  const stems = contentStems(text);
  let best: { id: number; share: number } | null = null;
  for (const hit of base.search(text, { limit: LINK_CANDIDATES })) {
    const other = hit.group.speakerId;
    if (speaker !== null && other !== null && speaker !== other) continue;
    const bothQuotes = quoted && hit.entry.kind === 'quote';
    // a paraphrase only joins a claim whose speaker it names: unattributed reported speech is too vague
    if (!bothQuotes && (speaker === null || other === null)) continue;
    const share = joinShare(stems, contentStems(hit.entry.text), bothQuotes);
    if (share > 0 && (!best || share > best.share)) best = { id: hit.group.id, share };
  }
  return best?.id ?? null;
}

/**
 * Joins every layer claim not yet in `links` to the shared store, as building a `LayeredView` over the same
 * base and links would, but giving the event loop a turn after each `sliceMs` of work: a large added page has
 * tens of thousands of claims, each a search of the shared store, and the bot keeps answering meanwhile. A
 * `LayeredView` built afterwards finds every link made. `stop` is asked at each turn (the work is no longer
 * wanted: the shared store was replaced, say); the links made until then are kept.
 */
export async function linkLayer(
  base: ClaimStore,
  layer: ClaimStore,
  links: LayerLinks,
  options: { sliceMs?: number; stop?: () => boolean } = {},
): Promise<void> {
  const sliceMs = options.sliceMs ?? 15;
  const { speakerOf } = viewSpeakers(base, layer);
  let sliceStart = performance.now();
  for (const group of layer.groups) {
    linkOf(base, layer, group, speakerOf, links);
    if (performance.now() - sliceStart < sliceMs) continue;
    await turnOfTheLoop();
    if (options.stop?.()) return;
    sliceStart = performance.now();
  }
}

export class LayeredView implements ClaimView {
  readonly documents: ReadonlyMap<string, CorpusDocument>;
  readonly speakers: ReadonlyMap<string, Speaker>;
  private readonly entryOffset: number;
  private readonly groupOffset: number;
  /** The layer's renditions in view ids, speakers and claims. */
  private readonly layerEntries: StoredRendition[];
  /** Layer claim id → view claim id (a shared claim when linked). */
  private readonly groupOf: Int32Array;
  /** Shared claims that the layer adds renditions to, with every rendition (view ids). */
  private readonly extended = new Map<number, ClaimGroup>();
  /** The layer's own claims (not linked), in view ids, by view claim id. */
  private readonly ownGroups = new Map<number, ClaimGroup>();
  /** Layer speaker id → view speaker id. */
  private readonly speakerOf: ReadonlyMap<string, string>;

  /**
   * @param base the shared corpus's store
   * @param layer a store built from one server's added documents only (ids must not clash with the base's)
   * @param links the shared claim each layer claim joined, kept across the server's rebuilds over this same
   *   base (an add then links only its own claims: each link is a search of the shared store; `linkLayer`
   *   makes them beforehand without holding the event loop)
   */
  constructor(
    readonly base: ClaimStore,
    readonly layer: ClaimStore,
    links: LayerLinks = new Map(),
  ) {
    this.entryOffset = base.entries.length;
    this.groupOffset = base.groups.length;
    const { speakerOf, own } = viewSpeakers(base, layer);
    this.speakerOf = speakerOf;
    this.speakers = new UnionMap(base.speakers, own);
    this.documents = new UnionMap(base.documents, layer.documents);
    this.groupOf = new Int32Array(layer.groups.length);
    layer.groups.forEach((g, i) => {
      this.groupOf[i] = linkOf(base, layer, g, this.speakerOf, links) ?? this.groupOffset + i;
    });
    this.layerEntries = layer.entries.map((e) => ({
      ...e,
      id: this.entryOffset + e.id,
      speakerId: e.speakerId === null ? null : this.speakerOf.get(e.speakerId)!,
      groupId: this.groupOf[e.groupId]!,
    }));
    layer.groups.forEach((g, i) => {
      const viewId = this.groupOf[i]!;
      const ids = g.entryIds.map((e) => this.entryOffset + e);
      if (viewId < this.groupOffset) {
        const shared = this.extended.get(viewId) ?? { ...base.groups[viewId]!, entryIds: [...base.groups[viewId]!.entryIds] };
        shared.entryIds.push(...ids);
        this.extended.set(viewId, shared);
      } else {
        this.ownGroups.set(viewId, {
          id: viewId,
          text: g.text,
          speakerId: g.speakerId === null ? null : this.speakerOf.get(g.speakerId)!,
          entryIds: ids,
        });
      }
    });
  }

  /** When this view was built: the server's articles joined the shared corpus then. */
  private readonly builtAt = new Date().toISOString();
  private version: string | null = null;

  corpusVersion(): CorpusVersion {
    this.version ??= documentsVersion(this.layer.documents.values(), this.base.corpusVersion().version);
    return { version: this.version, loadedAt: this.builtAt };
  }

  get errors(): readonly FileError[] {
    return this.base.errors;
  }

  entry(id: number): StoredRendition {
    return id < this.entryOffset ? this.base.entry(id) : this.layerEntries[id - this.entryOffset]!;
  }

  group(id: number): ClaimGroup {
    if (id < this.groupOffset) return this.extended.get(id) ?? this.base.group(id);
    return this.ownGroups.get(id)!;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const { speakerId, ...rest } = options;
    const sharedSpeaker = speakerId === undefined || this.base.speakers.has(speakerId);
    const fromBase = sharedSpeaker ? this.base.search(query, options) : [];
    const fromLayer = this.layer
      .search(query, rest)
      .map((h): SearchHit => {
        const entry = this.layerEntries[h.entry.id]!;
        return { ...h, entry, group: this.group(entry.groupId) };
      })
      .filter((h) => speakerId === undefined || h.entry.speakerId === speakerId);
    const hits = [...fromBase.map((h) => (this.extended.has(h.group.id) ? { ...h, group: this.group(h.group.id) } : h)), ...fromLayer];
    return hits.sort(compareHits).slice(0, options.limit ?? 40);
  }

  findSpeakers(name: string): Speaker[] {
    const own = [...this.layer.findSpeakers(name)].map((s) => this.speakers.get(this.speakerOf.get(s.id)!)!);
    return [...new Set([...this.base.findSpeakers(name), ...own])];
  }

  documentsOfOutlet(name: string): CorpusDocument[] {
    return [...this.base.documentsOfOutlet(name), ...this.layer.documentsOfOutlet(name)];
  }

  outletLabels(): readonly string[] {
    return [...new Set([...this.base.outletLabels(), ...this.layer.outletLabels()])];
  }

  groupsOfSpeaker(speakerId: string): ClaimGroup[] {
    const shared = this.base.speakers.has(speakerId) ? this.base.groupsOfSpeaker(speakerId).map((g) => this.group(g.id)) : [];
    const own = [...this.ownGroups.values()].filter((g) => g.speakerId === speakerId);
    return [...shared, ...own].sort((a, b) => b.entryIds.length - a.entryIds.length || a.id - b.id);
  }

  entriesOfDocument(documentId: string): StoredRendition[] {
    if (!this.layer.documents.has(documentId)) return this.base.entriesOfDocument(documentId);
    return this.layer.entriesOfDocument(documentId).map((e) => this.layerEntries[e.id]!);
  }

  stats(): StoreStats {
    const a = this.base.stats();
    const b = this.layer.stats();
    return {
      documents: a.documents + b.documents,
      quotes: a.quotes + b.quotes,
      paraphrases: a.paraphrases + b.paraphrases,
      claims: a.claims + this.ownGroups.size,
      speakers: this.speakers.size,
    };
  }
}
