/**
 * One suite, every engine: the same tests run on SQLite and on PostgreSQL (a throwaway server started
 * for this file; the PostgreSQL half skips with its reason where none can be started).
 */
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { plan, postgresEngine, sqliteEngine } from './engines.js';
import { articleTests } from './suite/articles.js';
import { feedTests } from './suite/feed.js';
import { moderationTests } from './suite/moderation.js';

for (const engine of [sqliteEngine(), postgresEngine()]) {
  const { skip, title, setup } = plan(engine);
  describe.skipIf(skip)(`state store on ${title}`, () => {
    beforeAll(setup, 60_000);
    afterEach(() => engine.closeStores());
    afterAll(() => engine.teardown());
    describe('articles', () => articleTests(engine));
    describe('events and cooldowns', () => feedTests(engine));
    describe('conversations, corrections and reports', () => moderationTests(engine));
  });
}
