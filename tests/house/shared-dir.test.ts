import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedDir, sharedPath } from '../../scripts/shared-dir.js';

describe('where the outside data is looked for', () => {
  const before = process.env.QUOTETRAIL_SHARED_DIR;
  afterEach(() => {
    if (before === undefined) delete process.env.QUOTETRAIL_SHARED_DIR;
    else process.env.QUOTETRAIL_SHARED_DIR = before;
  });

  it('is ../shared beside the project when QUOTETRAIL_SHARED_DIR is unset or blank', () => {
    const beside = path.resolve(import.meta.dirname, '../../../shared');
    delete process.env.QUOTETRAIL_SHARED_DIR;
    expect(sharedDir()).toBe(beside);
    process.env.QUOTETRAIL_SHARED_DIR = '  ';
    expect(sharedDir()).toBe(beside);
  });

  it('is the folder QUOTETRAIL_SHARED_DIR names, made absolute', () => {
    process.env.QUOTETRAIL_SHARED_DIR = 'elsewhere/data-root';
    expect(sharedDir()).toBe(path.resolve('elsewhere/data-root'));
    expect(sharedPath('data/polnear/dev')).toBe(path.resolve('elsewhere/data-root/data/polnear/dev'));
  });
});
