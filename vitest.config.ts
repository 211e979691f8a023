import { defineConfig } from 'vitest/config';

/**
 * Two speeds. `unit`: pure, in-process tests on small fixtures (seconds: `npm run test:unit`, the quick
 * loop). `integration`: the bot end to end against the Discord emulator, spawned processes, databases,
 * the benchmark, and data read from ../shared. `npm test` runs both, as CI does.
 */
export const INTEGRATION = [
  // a pure test in the bot's folder is named *.unit.test.ts
  'tests/bot/**/!(*.unit).test.ts',
  'tests/emulator.test.ts',
  'tests/hostile/{bot-input,corpus-faults,discord-faults,process,crash-add}.test.ts',
  'tests/bench/**/*.test.ts',
  'tests/state/**/*.test.ts',
  'tests/claims/eval.test.ts',
  'tests/corpus/web/article-eval.test.ts',
  'tests/corpus/web/cli-article.test.ts',
  'tests/fetch/**/*.test.ts',
  'tests/**/*.integration.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: INTEGRATION } },
      { extends: true, test: { name: 'integration', include: INTEGRATION } },
    ],
  },
});
