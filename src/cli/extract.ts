/** `extract --json FILE...`: the quotations of each file with speakers, in the contract's JSON. */
import { readFile } from 'node:fs/promises';
import { NO_RULE } from '../claims/engine.js';
import { extractClaims } from '../claims/extract.js';
import { buildSpeakerIndex } from '../claims/speakers.js';
import { prepareDocument } from '../corpus/prepare.js';

export interface ExtractOutput {
  documents: {
    document: string;
    quotes: {
      text: string;
      start: number;
      end: number;
      speaker: string | null;
      speakerMention: { text: string; start: number; end: number } | null;
      /** The attribution rule that decided this quotation (src/claims/rules.ts), then any it was carried from. */
      rule: string;
    }[];
  }[];
}

export async function extractFiles(files: string[]): Promise<ExtractOutput> {
  const docs = await Promise.all(
    files.map(async (file) => {
      const doc = prepareDocument(file, await readFile(file, 'utf8'));
      return { documentId: file, claims: extractClaims(doc) };
    }),
  );
  const speakers = buildSpeakerIndex(docs);
  return {
    documents: docs.map(({ documentId, claims }) => ({
      document: documentId,
      quotes: claims.quotes.map((q) => ({
        text: q.text,
        start: q.start,
        end: q.end,
        speaker: q.speaker ? (speakers.resolve(documentId, q.speaker)?.name ?? q.speaker) : null,
        speakerMention: q.speakerMention,
        rule: q.rule ?? NO_RULE,
      })),
    })),
  };
}
