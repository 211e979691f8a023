/**
 * Plain facts of an answer's outlets that answers and renderers both read, defined once: the name an outlet goes
 * by, and whether any outlet quotes the words (rather than only reporting them). No imports: renderers use it too.
 */

/**
 * The name an outlet goes by in answers and on screen: the outlet, else its document's file name (a corpus
 * without a manifest or a page naming its outlet).
 */
export function outletName(carrier: { outlet: string | null; document: string }): string {
  return carrier.outlet?.trim() || carrier.document;
}

/** `outletName` of a corpus document. */
export function documentOutletName(doc: { id: string; meta: { outlet: string | null } }): string {
  return outletName({ outlet: doc.meta.outlet, document: doc.id });
}

/** True when some outlet quotes the words in quotation marks, not only as reported speech. */
export function quotedByAny(carriers: readonly { rendering: string }[]): boolean {
  return carriers.some((c) => c.rendering !== 'paraphrase' && c.rendering !== 'absent');
}
