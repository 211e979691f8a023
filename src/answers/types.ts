/**
 * Plain-data answers: what the CLI prints as JSON and what `render/` turns into Discord payloads and
 * terminal text. No Discord types here.
 */
import type { CorpusVersion } from '../store/view.js';
import type { MeaningChange } from './changes/changes.js';
import type { MentionKind } from './question-text.js';

export type { CorpusVersion } from '../store/view.js';
export type { ChangeKind, MeaningChange } from './changes/changes.js';
export type { MentionKind } from './question-text.js';

/** How one outlet's document carries a claim. */
export type Rendering = 'verbatim' | 'reworded' | 'paraphrase' | 'absent';

/** One word-level diff part between the claim's reference wording and an outlet's wording. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** One document that carried a claim, with that outlet's exact wording. */
export interface OutletCarrier {
  /** File name in the corpus. */
  document: string;
  /** Outlet name, or null when unknown (shown by `document`). */
  outlet: string | null;
  date: string | null;
  /** The article's address (canonical link, manifest or page URL); null when unknown. */
  url: string | null;
  /** That outlet's exact wording (a quotation's inner text, or the reported-speech clause). */
  text: string;
  rendering: Exclude<Rendering, 'absent'>;
  /** Word diff against the match's reference wording; present where the wording differs. */
  diff?: DiffPart[];
  /** Offsets of `text` in the document, for "show the context". */
  start: number;
  end: number;
  /** Edits against the match's reference wording that change what it says (empty when none). */
  changes: MeaningChange[];
  /**
   * Only when set (a `verbatim` rendering): the match's words the outlet's ellipses ("…") stand for, each stretch as
   * the match writes it. Every word the outlet prints is the match's, in order: quoted word for word, words left out.
   */
  leftOut?: string[];
  /**
   * Only when set (a `verbatim` rendering): the words the outlet prints where the match's wording has an ellipsis
   * ("…"), each stretch as the outlet writes it. Every word of the match is the outlet's, in order, those filled in:
   * the outlet quotes the full words the match cut.
   */
  filledIn?: string[];
  /** The carrier this document copies (the same wire text under another masthead); null when independent. */
  copyOf: string | null;
  /** How this document credits the words when it names the speaker otherwise ("Trump", "she"). */
  creditedAs?: string;
  /**
   * Set when this document credits the words to someone its article says was reading, quoting or speaking for the
   * match's speaker (a spokeswoman reading the minister's statement): that person, who relayed the words here.
   */
  relayedBy?: string;
}

export type Verdict = 'verbatim' | 'close' | 'paraphrase' | 'misattributed' | 'not_found';

export interface SpeakerRef {
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
  /** Set when a moderator's correction made or changed this speaker: who, when, which kind. */
  correction?: { id: number; by: string; at: string; kind: string };
}

/** One candidate claim for a who-said query. */
export interface WhoSaidMatch {
  /** Claim group id in the store (stable for one loaded corpus). */
  claimId: number;
  /** Reference wording of the claim (the form most outlets carried). */
  quote: string;
  /** Canonical speaker name, or null when no outlet attributed it. */
  speaker: string | null;
  speakerRef: SpeakerRef | null;
  /** Similarity of the query to this claim, 0..1. */
  score: number;
  /** How the query relates to this claim on its own. */
  kind: Exclude<Verdict, 'misattributed' | 'not_found'>;
  outlets: OutletCarrier[];
  /** Outlets that credit the same words to someone else, with the sentence in each that attributes them. */
  conflict: AttributionConflict | null;
  /** Carriers that are not copies of another carrier: the independent reports behind `outlets`. */
  independentSources: number;
  /** The earliest dated carrier. */
  firstAppearance: { document: string; date: string } | null;
  /** Carriers' documents in the order they carried the claim (dated by date, then undated). */
  order: string[];
  /** True when any outlet's version changes what the reference wording says. */
  meaningChanged: boolean;
  /**
   * True when some outlet quotes the words in quotation marks; false when every outlet only reports them
   * (reported speech). Set on every who-said match (renderers word a paraphrase by it); absent reads as false.
   */
  quoted?: boolean;
}

/** Outlets crediting the same words to different people. */
export interface AttributionConflict {
  /** `correction` (only when set): the moderator's correction that made or changed that speaker (a split name). */
  speakers: { speaker: string; documents: string[]; attribution: string | null; correction?: SpeakerRef['correction'] }[];
  /** `organisation`: a person and their own organisation ("Li Shangfu" and "the Chinese defence ministry"), not rivals. */
  relation: 'rivals' | 'organisation';
}

/**
 * Why a not-found answer found nothing, when more can be said: a question too short to match safely with a
 * typo'd or missing word in it, or a speaker's name typed where a quotation goes; or words too few to tell which
 * quotation they come from (`few_words`: one content word, or none, found only inside longer quotations; or two
 * that several people's quotations hold, none of them those words alone), with how many quotations hold them
 * (`quotations`, `atLeast` when the search stopped at its limit) and the people those credit, most quotations first
 * (`speakers`, named ones only, ten at most).
 */
export type NotFoundHint =
  | { kind: 'short_question'; words: number }
  | { kind: 'speaker_name'; speaker: string }
  | {
      kind: 'few_words';
      contentWords: number;
      quotations: number;
      speakers: string[];
      atLeast?: true;
      /**
       * Only when set: the person the member named is among those quoted with the words, in these words of theirs
       * (`words`: “joint naval exercises” for “joint exercises”; `reported`, only when set: in reported speech, no
       * outlet quoting them), so they are not called misattributed either.
       */
      namedSpeaker?: { speaker: string; words: string; reported?: true };
    };

/** An outlet asked about that the corpus lacks, with the outlet names closest to it (best first, maybe none). */
export interface UnknownOutlet {
  outlet: string;
  suggestions: string[];
  /** Only when no name is close and the corpus has few outlets (`LISTED_OUTLETS`): every outlet name it holds. */
  outlets?: string[];
}

export interface WhoSaidResult {
  /** The corpus the answer came from (a screenshot can be checked against it later). */
  corpus: CorpusVersion;
  /**
   * Only when set (a verbatim, close or paraphrase answer): whole quotations of the best match's speaker (or
   * credited to someone else) that the member's words hold word for word, fewer words than the best match's
   * quotation, carried by documents the best match does not list: a part of what the member typed,
   * quoted as such (`quote`, with the documents that quote it so). Not versions of the best match: no diff, no
   * meaning changes. A verbatim answer lists them too (an outlet quoting a part of the claim carries part of it); a
   * carrier crediting the part to someone other than the best match's speaker names them (`creditedTo`).
   */
  partsQuoted?: {
    quote: string;
    carriers: { document: string; outlet: string | null; date: string | null; creditedTo?: string }[];
  }[];
  query: string;
  /**
   * The speaker the member named, as given: the speaker option, or else the name the question asks about
   * ("Did Ruiz say '…'?") or the one speaker named around a pasted quotation; null when none.
   */
  askedSpeaker: string | null;
  /**
   * Only when set: the speaker the name asked about was taken as, the closest to it, no one in the corpus going by
   * that name (“Li Shangfo” for Li Shangfu; never for case, accents, spacing, a title, a surname, an initial or a
   * role the outlets give), as /quotes' `closestTo` says.
   */
  closestSpeaker?: string;
  /**
   * Only when set: the credit the words were confirmed through, one speaking for the person or title asked about,
   * as the outlets give it ("a spokeswoman for the mayor" for "Did the mayor say …"): the words are theirs only
   * through the spokesperson, which the explanation says too.
   */
  spokesperson?: string;
  /**
   * Only when set: the speaker option was left aside, and why: `mention`, it held Discord mentions alone
   * ("<@1234>", a member of the server, no one the outlets quote), so the words were checked without a speaker.
   */
  ignoredSpeaker?: 'mention';
  /** The words searched, when not the whole question: its quoted words, without the frame around them. */
  searched?: string;
  /**
   * For a `close` answer, or a `paraphrase` of a quotation holding most of the member's words (another order, a
   * few swapped): how the quotation differs from the words asked about (`removed`: the member's words the
   * quotation does not have; `added`: the quotation's), cut to the stretch they cover.
   */
  askedDiff?: DiffPart[];
  /**
   * For a `close` answer, only when set: the edits of the member's words that change what the quotation says
   * (`negation`, `modality`, `condition`, `number`; `from`: the quotation's words, `to`: the member's): “China is
   * not ready” for “China is ready” is close in wording, and says the opposite.
   */
  askedChanges?: MeaningChange[];
  /**
   * For a `close` answer, only when set: figures the member wrote one way and the quotation the other, with the
   * same value (`typed`: “3”, `quoted`: “three”): no change of meaning. The words are searched with figures read
   * both ways, so “3 of the 5 schools” finds “Three of the five schools”, as close, never verbatim.
   */
  askedFigures?: { typed: string; quoted: string }[];
  /**
   * Only when set: the quotation's words right before the words asked about that deny them (“I do not think”
   * before “the council will approve it”): the words are in the quotation, and it says the opposite of them.
   */
  askedFrame?: string;
  /** The outlet filter, as given. */
  askedOutlet: string | null;
  verdict: Verdict;
  /** Only when set (a not-found answer): what more can be said of why nothing was found. */
  hint?: NotFoundHint;
  /** Only when set (a not-found answer): the outlet asked about is not in the corpus, and the closest ones. */
  unknownOutlet?: UnknownOutlet;
  /** Best first; empty for not_found unless weak candidates are worth showing as "not it". */
  matches: WhoSaidMatch[];
  /** One sentence that explains the verdict to a person. */
  explanation: string;
}

export interface CompareOutlet {
  document: string;
  outlet: string | null;
  date: string | null;
  /** The article's address; null when unknown. */
  url: string | null;
  rendering: Rendering;
  /** The outlet's wording; empty string where absent. */
  text: string;
  diff?: DiffPart[];
  /** Edits against the claim's reference wording that change what it says. */
  changes: MeaningChange[];
  /**
   * Only when set (a `verbatim` rendering): the claim's words the outlet's ellipses ("…") stand for, each stretch as
   * the claim writes it. Every word the outlet prints is the claim's, in order: quoted word for word, words left out.
   */
  leftOut?: string[];
  /** The outlet in scope this document copies; null when independent. */
  copyOf: string | null;
  /** Set when this document credits the words to someone other than the claim's speaker: that person. */
  creditedTo?: string;
  /**
   * Set instead of `creditedTo` when that person, as the document's article says, was reading, quoting or
   * speaking for the claim's speaker: who relayed the words there.
   */
  relayedBy?: string;
}

export interface CompareClaim {
  claimId: number;
  quote: string;
  speaker: string | null;
  score: number;
  outlets: CompareOutlet[];
  /** Outlets that carry the claim and copy no other outlet in scope. */
  independentSources: number;
  /** True when any outlet's version changes what the reference wording says. */
  meaningChanged: boolean;
  /**
   * Only when set (with an outlet filter none of whose documents carries the claim): the outlets outside the
   * filter that do, so the claim is not shown as carried by nobody.
   */
  carriedElsewhere?: string[];
  /**
   * Only when set: the people the outlets credit these words to, `speaker` first, each with the documents that
   * credit them (an attribution conflict; each such outlet's `creditedTo` names its person).
   */
  credits?: CompareCredit[];
  /**
   * Only with `credits`: `organisation` when they are a person and their own organisation (as who-said's
   * `conflict.relation` says it), else `rivals`.
   */
  relation?: 'rivals' | 'organisation';
  /**
   * Only when set: this claim's words are the first words only of a longer claim of the same speaker compared in the
   * same answer (`claimId`), which the store grouped apart; `rest` is the words that claim goes on with, `documents`
   * those that carry the longer claim whole (none of them cut short), so this claim's section does not read as all
   * that was said.
   */
  startOf?: { claimId: number; rest: string; documents: string[] };
}

/** One person the outlets of a compared claim credit its words to. */
export interface CompareCredit {
  speaker: string;
  documents: string[];
}

export interface CompareResult {
  /** The corpus the answer came from (a screenshot can be checked against it later). */
  corpus: CorpusVersion;
  topic: string;
  /** Outlet filter as given (empty: every document in scope). */
  outletFilter: string[];
  /**
   * Only when set (an outlet of the filter was typed loosely: “nyt”, “D.W.”): the outlets the filter names, as the
   * corpus names them, in its order.
   */
  outletNames?: string[];
  claims: CompareClaim[];
  explanation: string;
  /** Only when set: outlets of the filter the corpus lacks (nothing was compared), each with the closest names. */
  unknownOutlets?: UnknownOutlet[];
  /**
   * Only when set (an outlet filter): the documents of the outlets asked for that are on no compared claim's
   * story (they neither carry a claim nor touch its topic or speaker), so not listed as having left it out.
   */
  offTopic?: { document: string; outlet: string | null }[];
  /**
   * Only when set: how many more claims match the topic as well as those compared, left out for room (at least so
   * many when the explanation says so); the explanation says how to narrow them.
   */
  moreClaims?: number;
}

export interface SpeakerQuotesResult {
  /** The corpus the answer came from (a screenshot can be checked against it later). */
  corpus: CorpusVersion;
  query: string;
  speaker: SpeakerRef | null;
  /** Other speakers the name might have meant, when it was ambiguous or not found (each name once). */
  suggestions: string[];
  /**
   * Only when set: how many other speakers go by the very name of `speaker` (unnamed people each outlet calls
   * "the senator"): asking by that name again would not reach them, so they are counted, not suggested.
   */
  sameName?: number;
  /**
   * `jointly` (only when set): the joint speaker the outlets credit the words to, the speaker together with others
   * ("Ana Ruiz, Tom Hale and Lea Costa" in the quotes of Tom Hale).
   * `alsoCreditedTo` (only when set): other people outlets credit the same words to (an attribution conflict), each
   * with the documents that do.
   */
  quotes: {
    claimId: number;
    quote: string;
    outlets: OutletCarrier[];
    jointly?: string;
    alsoCreditedTo?: CompareCredit[];
    /** Only with `alsoCreditedTo`: `organisation` when they are this person's own organisation, or the person behind it. */
    relation?: 'rivals' | 'organisation';
    /** Only when set (true): every outlet only reports the words (reported speech), none quotes them. */
    reported?: true;
  }[];
  total: number;
  /**
   * Only when set: claims the corpus credits to this speaker that a moderator's correction in this server now
   * credits to someone else (`to`, null when no one), so a list emptied by a correction says where its quotes went.
   */
  correctedAway?: { claimId: number; quote: string; to: SpeakerRef | null }[];
  /**
   * Only when set: the topic a thread asked the person's quotations about ("what did Varga say about the
   * libraries?"). `matched`: some quotations are on it (in their words, or the sentence or paragraph around them),
   * and `quotes` and `total` are those; else none is, and every quotation is listed as without the topic. `of`:
   * how many quotations the person has in all.
   */
  about?: { topic: string; matched: boolean; of: number };
  /** Only when set: the role the query was read as, no name fitting it ("the mayor"): `speaker` is the one person of it. */
  role?: string;
  /** Only when set: the query held Discord mentions alone ("<@1234>"): a member of the server, no speaker to look up. */
  mention?: true;
  /**
   * Only when set: the corpus's own name for the person asked about, when a moderator's /correct merge made
   * that person `speaker` (asked "Marek Sallo", answered with Ilse Brandt's quotations).
   */
  mergedFrom?: string;
  /**
   * Only when set: the name as typed, which is no name of `speaker`'s but for its spelling ("Li Shangfo"): the
   * answer is the speaker spelt closest to it. Case, accents, spacing, titles and a surname alone are no misspelling.
   */
  closestTo?: string;
}

export interface OutletSummary {
  outlet: string | null;
  /** Label shown to people: the outlet, else the file name. */
  label: string;
  /** `quotes`: the quotations in quotation marks, each time one is quoted; `quotations`: the distinct ones (claims). */
  documents: { document: string; date: string | null; title: string | null; quotes: number; quotations?: number }[];
  /** Quotations in quotation marks across the outlet's documents, each time one is quoted. */
  quotes: number;
  /**
   * Distinct quotations (claims) among them: one quoted twice in an article, or in two of the outlet's articles,
   * counts once here (as /quotes counts it), twice in `quotes`.
   */
  quotations?: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface OutletsResult {
  /** The corpus the answer came from (a screenshot can be checked against it later). */
  corpus: CorpusVersion;
  outlets: OutletSummary[];
  totalDocuments: number;
}

export interface SourceResult {
  /** The corpus the answer came from (a screenshot can be checked against it later). */
  corpus: CorpusVersion;
  document: string;
  found: boolean;
  /** Who added the document from Discord or the CLI, when and from where; null for the corpus folder's files. */
  added: { by: string; at: string; from: string } | null;
  suggestions: string[];
  /**
   * Only when set (not found): the name typed is an outlet's with this many documents; `suggestions` starts with
   * them.
   */
  outletDocuments?: number;
  outlet: string | null;
  date: string | null;
  title: string | null;
  url: string | null;
  evidence: { field: string; source: string; detail: string }[];
  quotes: {
    claimId: number;
    text: string;
    speaker: string | null;
    kind: 'quote' | 'paraphrase';
    start: number;
    end: number;
    /**
     * Only when set: a moderator's correction in this server set `speaker`: who made it and when, and `was`, the
     * speaker the article itself is read as crediting (null when no one).
     */
    corrected?: { id: number; by: string; at: string; was: string | null };
  }[];
  /**
   * Only when set: the text read may be only the start of the article (a paywall or log-in on its page), in
   * one sentence saying why, as `article` and /add say it; what the outlet printed after that is not searched.
   */
  partial?: string;
}

/** "show the context": the paragraph around one outlet's wording. */
export interface ContextResult {
  /** The corpus the answer came from (a screenshot can be checked against it later). */
  corpus: CorpusVersion;
  document: string;
  outlet: string | null;
  date: string | null;
  paragraph: string;
  /** Offsets of the quoted words inside `paragraph`, to highlight them. */
  highlight: { start: number; end: number } | null;
}

/** What a reload changed, or why it was refused (the old corpus then keeps serving). */
export interface ReloadSummary {
  ok: boolean;
  /** Why a refused reload was refused (one sentence); null when ok. */
  reason: string | null;
  documents: { before: number; after: number; added: string[]; removed: string[] };
  quotes: { before: number; after: number };
  speakers: { before: number; after: number; added: string[]; removed: string[] };
  /** Every per-file error of the new corpus (also on success: those files were skipped). */
  errors: { file: string; code: string; message: string }[];
  durationMs: number;
  /** The corpus that serves now: the new one, or the one kept after a refusal (null before any loaded). */
  corpus: CorpusVersion | null;
  /**
   * Only when set: this server's corrections that were in force before the reload and apply to nothing now (their
   * article or words gone from the folder), each as /correct list words it, with why.
   */
  correctionsStopped?: string[];
}

/** A command as listed by /help. */
export interface HelpEntry {
  name: string;
  description: string;
  options: { name: string; description: string; required: boolean }[];
}

/** /help: every command, and the corpus answers come from (as every answer names it). */
export interface HelpResult {
  commands: HelpEntry[];
  corpus: CorpusVersion;
  /** What the corpus holds for this server. */
  documents: number;
  quotes: number;
  speakers: number;
}

/** "who else said this?": other speakers quoted saying something similar. */
export interface OthersResult {
  quote: string;
  speaker: string | null;
  others: WhoSaidMatch[];
  corpus: CorpusVersion;
  /**
   * Only when set (true): no document in the corpus carries the thread's quotation any more (its articles were
   * removed), so `speaker` is null for that reason, not because no outlet named who said it.
   */
  noLongerCarried?: true;
}

/** "when was it published?": the dates of the documents that carried the claim. */
export interface DatesResult {
  quote: string;
  speaker: string | null;
  carriers: OutletCarrier[];
  /** Only when set: the documents that carry the same words credited to someone else (an attribution conflict). */
  creditedElsewhere?: { speaker: string; carriers: OutletCarrier[] }[];
  /**
   * Only when set (two or more documents carry the words, `creditedElsewhere` counted): which carried them first.
   * `documents` are those of the earliest publication date `date`, several when they share that day (the corpus
   * cannot tell which of them came first); `undated` is how many carriers have no date, any of which may have come
   * earlier. With no carrier dated, `date` is null and `documents` empty.
   */
  first?: { date: string | null; documents: string[]; undated: number };
  /** Only when set: the outlet a member asked about ("was it Reuters?") and whether it carries the words. */
  asked?: { outlet: string; carried: boolean };
  /** Only when set: the outlets a member asked about together ("was it Reuters or the Gazette?"), each answered. */
  askedEach?: { outlet: string; carried: boolean }[];
  /**
   * Only when set (true): the member asked when the words were said ("when did she say it?"). The corpus knows when
   * articles carrying them were published, not when they were said, unless an article says so (`saidWhen`).
   */
  whenSaid?: true;
  /**
   * Only when set: the carriers whose date is a live-blog entry's (not the page's), with the entry's clock time and
   * time zone as its stamp gives them (each only when it does).
   */
  liveEntries?: { document: string; time?: string; zone?: string }[];
  /**
   * Only when set (with `whenSaid`): the time words a carrier's article puts with the words, outside any quotation
   * ("on Tuesday evening"), as it writes them: what the article itself says of when they were said.
   */
  saidWhen?: { document: string; words: string }[];
  /**
   * Only when set: the member asked whether the words were said (or, without `whenSaid`, published) before or after
   * something: `to` as typed; `period` (only when `to` names a day, a month or a year) its first day and the day
   * after its last, with `year` (only when set) the year taken for a date typed without one (the year the words
   * were first carried); `words` what each carrier's article says of the words against such an event ("hours before
   * the vote"), outside any quotation. `found` is what the corpus bears out: `before` or `after` (from the
   * publication dates against `period`, or the articles' own words), `differ` (articles say both), `unknown`.
   */
  askedWhen?: {
    relation: 'before' | 'after' | 'either';
    to: string;
    period?: { from: string; until: string; year?: string };
    words: { document: string; words: string; relation: 'before' | 'after' | 'during' }[];
    found: 'before' | 'after' | 'differ' | 'unknown';
  };
  corpus: CorpusVersion;
}

/** A follow-up question in a thread, answered in the context of the answer the thread was opened on. */
export type FollowUpAnswer =
  | { kind: 'who-said'; result: WhoSaidResult }
  | { kind: 'others'; result: OthersResult }
  | {
      kind: 'compare';
      result: CompareResult;
      /**
       * Only when set ("what about DN?" of an outlet that does not carry the thread's claim but quotes its speaker
       * saying other things): what that outlet quotes the speaker saying, a few quotations with their documents.
       * Other words of the speaker, never a version of the claim.
       */
      speakerElsewhere?: { outlet: string; speaker: string; quotes: { document: string; text: string }[] };
    }
  | {
      kind: 'context';
      result: ContextResult | null;
      /** Only when set: the outlet asked about, which does not carry the claim, and the outlets that do. */
      notCarriedBy?: { outlet: string; carriers: string[] };
    }
  | { kind: 'dates'; result: DatesResult }
  | { kind: 'quotes'; result: SpeakerQuotesResult }
  | { kind: 'role'; result: RoleResult }
  | { kind: 'cannot'; result: CannotResult }
  | {
      kind: 'help';
      unknownOutlet: string | null;
      /** Only when set: the outlets of the corpus spelt closest to `unknownOutlet` ("the gaurdian" → The Guardian). */
      suggestions?: string[];
      /**
       * Only when set (no outlet spelt close to `unknownOutlet`, in a thread on one quotation): the outlets that
       * carry the thread's quotation, which the member can ask about instead.
       */
      carriers?: string[];
      /**
       * Only when set: the thread is on a /compare topic (`topic`) or a /quotes person (`speaker`), not on one
       * quotation: what can be asked there (choose a claim, compare them). `claims` (only when known) is how many
       * claims it has.
       */
      about?: ThreadSubject;
      /** Only when set: the member asked for more ("more", "next", "show all"): the answer says where the rest is. */
      paging?: true;
    }
  /**
   * "2 and 3, who said them?" in a thread on a topic or a person: the same question answered about each claim
   * chosen, in the order named (`index` counts from 0 in the thread's list)
   */
  | { kind: 'several'; answers: { index: number; quote: string; answer: FollowUpAnswer }[] };

/** What a thread on several claims is about: a /compare topic or a /quotes person. */
export interface ThreadSubject {
  kind: 'topic' | 'speaker';
  subject: string;
  claims?: number;
}

/** "who is the farmer?": the people of the corpus the outlets describe with that role (none: nobody is). */
export interface RoleResult {
  role: string;
  /** The first of them, with the roles the outlets give each. */
  speakers: { name: string; roles: string[] }[];
  total: number;
  corpus: CorpusVersion;
}

/**
 * A follow-up the thread cannot answer (a translation, whether the words are true, anything not understood):
 * why, and what can be asked about the thread's claim instead.
 */
export interface CannotResult {
  /** What was asked for, when it is something the bot never does; null when the message was not understood. */
  reason:
    | { kind: 'translation'; language: string | null }
    | { kind: 'truth' }
    /** "who disagrees?": the corpus says who said which words, not who agrees with them */
    | { kind: 'stance' }
    /** "why did she say it?": the corpus says who said the words, when and where, not why */
    | { kind: 'why' }
    /**
     * "was it <@1234>?": a Discord mention names someone of the server, no one quoted; asked with a name instead.
     * `of`: whom it addresses (a member, a role, a channel, or everyone: "@everyone", "@here").
     */
    | { kind: 'mention'; of: MentionKind }
    /**
     * "was it Penn?": the name asked about, with the people quoted in the corpus and the outlets in it it may
     * mean: both kinds, several of one, or none (a name the corpus does not know), so the member is asked which
     */
    | { kind: 'which'; name: string; speakers: string[]; outlets: string[] }
    /**
     * A thread on a /compare topic or a /quotes person with several claims, asked which one a question is about:
     * the first `claims` (numbered from 1 as the member chooses them), of `total`
     */
    | {
        kind: 'which-claim';
        about: 'topic' | 'speaker';
        subject: string;
        /** `reported` (only when set): reported speech, no quotation */
        claims: { quote: string; speaker: string | null; reported?: true }[];
        total: number;
      }
    | null;
  /** The thread's claim (null when the corpus no longer carries it). */
  quote: string | null;
  speaker: string | null;
  /** How people name the outlets that carried the claim, for the questions suggested. */
  outlets: string[];
  corpus: CorpusVersion;
}

/** Why an /add was refused (nothing was stored), or `added`. */
export type AddArticleCode =
  | 'added'
  | 'duplicate'
  | 'no_article'
  | 'fetch_failed'
  | 'unsupported'
  | 'too_large'
  | 'unreadable'
  | 'invalid'
  /** The url given is no link at all (words, a file's name or path). */
  | 'not_a_link';

/** What /add read from a page or a file, or why it was refused. */
export interface AddArticleResult {
  ok: boolean;
  code: AddArticleCode;
  /** One sentence for the moderator. */
  message: string;
  /** The new document's id (null when refused). */
  document: string | null;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  author: string | null;
  /**
   * Set (on an add) when the text read may be only part of the article: why (the rest behind a paywall or a
   * log-in). The article is stored all the same, marked so.
   */
  partial?: string | null;
  /** The first quotations found, in text order, with their speakers. */
  quotes: { text: string; speaker: string | null }[];
  quoteCount: number;
  /** Everyone quoted, most quoted first. */
  speakers: string[];
  /** The document already in the corpus with the same address or text. */
  duplicateOf: { document: string; title: string | null; outlet: string | null } | null;
  durationMs: number;
  /** The server's corpus after the add (unchanged when refused). */
  corpus: CorpusVersion;
}

/** What /remove took out, or why not. */
export interface RemoveArticleResult {
  ok: boolean;
  document: string;
  title: string | null;
  message: string;
  /** The server's added documents with close names, when the one asked for is not among them. */
  suggestions: string[];
  /** The server's corpus after the remove (unchanged when nothing was removed). */
  corpus: CorpusVersion;
  /** Open reports of answers that quoted the removed article (their numbers), for the moderator to resolve. */
  openReports?: number[];
}

/** What a moderators' desk action did (/correct, /reports, a report sent), for the reply. */
/** Where a Discord message is: enough to link to it, nothing else. */
export interface MessageIds {
  guildId: string;
  channelId: string;
  messageId: string;
}

export interface DeskResult {
  ok: boolean;
  /** One or two sentences. */
  message: string;
  /** Lines of a listing (corrections in force, open reports). */
  lines: string[];
  /** Beside `lines`, one each: the Discord message a line is about (a report's answer), by its ids; render links it. */
  links?: (MessageIds | null)[];
  /** The listing the lines are, when it can be paged with buttons (`qt:reports:<page>`, `qt:corrections:<page>`). */
  listing?: 'reports' | 'corrections' | 'log';
}
