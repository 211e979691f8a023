/** Articles in SQL: the add with its duplicate check and audit event in one transaction, and guild-scoped reads. */
import { articleParams, SUMMARY_COLUMNS, summaryOf, toArticle, toSummary } from './rows.js';
import type { Actor, Query, SqlContext } from './sql-driver.js';
import type { AddArticleResult, ArticleSummary, StoredArticle } from './types.js';

export async function addArticle(db: SqlContext, article: StoredArticle): Promise<AddArticleResult> {
  return db.write(async (tx) => {
    // the unique indexes (guild + id, guild + canonical URL, guild + text hash) decide, also between processes
    const inserted = await tx.query(
      `INSERT INTO articles (${SUMMARY_COLUMNS}, text, raw) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT DO NOTHING RETURNING seq`,
      articleParams(article),
    );
    if (inserted.length === 0) {
      const duplicate = await duplicateIn(tx.query, article.guildId, article.canonicalUrl, article.textHash);
      if (duplicate) return { ok: false, duplicateOf: duplicate };
      throw new Error(`this server already has an article with the id "${article.id}"`);
    }
    const summary = summaryOf(article);
    await db.appendEvent(tx, {
      guildId: summary.guildId,
      kind: 'article_added',
      actorId: summary.addedById,
      actorName: summary.addedByName,
      detail: { documentId: summary.id, canonicalUrl: summary.canonicalUrl, title: summary.meta.title },
    });
    return { ok: true, article: summary };
  });
}

export async function removeArticle(db: SqlContext, guildId: string, id: string, actor: Actor): Promise<ArticleSummary | null> {
  return db.write(async (tx) => {
    const [row] = await tx.query(`DELETE FROM articles WHERE guild_id = $1 AND id = $2 RETURNING ${SUMMARY_COLUMNS}`, [guildId, id]);
    if (!row) return null;
    await db.appendEvent(tx, { guildId, kind: 'article_removed', actorId: actor.id, actorName: actor.name, detail: { documentId: id } });
    return toSummary(row);
  });
}

export async function getArticle(db: SqlContext, guildId: string, id: string): Promise<StoredArticle | null> {
  const [row] = await db.read(`SELECT ${SUMMARY_COLUMNS}, text, raw FROM articles WHERE guild_id = $1 AND id = $2`, [guildId, id]);
  return row ? toArticle(row) : null;
}

/** Summaries (no text, no bytes: those columns come last in the table and are not read), oldest first. */
export async function listArticles(db: SqlContext, guildId?: string): Promise<ArticleSummary[]> {
  return (await articleRows(db, SUMMARY_COLUMNS, guildId)).map(toSummary);
}

export async function loadArticles(db: SqlContext, guildId?: string): Promise<StoredArticle[]> {
  return (await articleRows(db, `${SUMMARY_COLUMNS}, text, raw`, guildId)).map(toArticle);
}

function articleRows(db: SqlContext, columns: string, guildId: string | undefined): Promise<Record<string, unknown>[]> {
  return guildId === undefined
    ? db.read(`SELECT ${columns} FROM articles ORDER BY seq`)
    : db.read(`SELECT ${columns} FROM articles WHERE guild_id = $1 ORDER BY seq`, [guildId]);
}

export function findDuplicate(
  db: SqlContext,
  guildId: string,
  canonicalUrl: string | null,
  textHash: string,
): Promise<ArticleSummary | null> {
  return duplicateIn(db.read, guildId, canonicalUrl, textHash);
}

/** The guild's article with this canonical URL (preferred) or text hash. */
async function duplicateIn(query: Query, guildId: string, canonicalUrl: string | null, textHash: string): Promise<ArticleSummary | null> {
  const [row] = await query(
    `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE guild_id = $1 AND (canonical_url = $2 OR text_hash = $3)
     ORDER BY CASE WHEN canonical_url = $2 THEN 0 ELSE 1 END, seq LIMIT 1`,
    [guildId, canonicalUrl, textHash],
  );
  return row ? toSummary(row) : null;
}
