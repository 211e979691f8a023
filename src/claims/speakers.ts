/** TEMPORARY STUB (replaced by the claims layer work): one speaker per distinct name. */
import type { DocumentClaims, Speaker } from './types.js';

export interface SpeakerIndex {
  speakers: Speaker[];
  /** The canonical speaker behind a name as one document resolved it. */
  resolve(documentId: string, nameInDocument: string): Speaker | null;
}

export function speakerId(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function buildSpeakerIndex(docs: { documentId: string; claims: DocumentClaims }[]): SpeakerIndex {
  const byId = new Map<string, Speaker>();
  for (const { claims } of docs) {
    for (const q of [...claims.quotes, ...claims.paraphrases]) {
      if (!q.speaker) continue;
      const id = speakerId(q.speaker);
      if (!byId.has(id)) byId.set(id, { id, name: q.speaker, aliases: [], roles: [] });
    }
  }
  return { speakers: [...byId.values()], resolve: (_doc, name) => byId.get(speakerId(name)) ?? null };
}

/** True when a name typed by a person refers to this speaker (alias, surname, variant spelling). */
export function nameMatches(query: string, speaker: Speaker): boolean {
  const q = speakerId(query);
  return [speaker.name, ...speaker.aliases].some((n) => speakerId(n) === q);
}
