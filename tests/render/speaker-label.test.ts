/** A speaker's roles are shown once each, however the outlets word them. */
import { describe, expect, it } from 'vitest';
import { speakerLabel } from '../../src/render/labels.js';

describe('speakerLabel', () => {
  it('shows "mayor of Calloway" and "Mayor" once: the head word of a role is the one before "of"', () => {
    expect(speakerLabel('Ana Ruiz', ['mayor of Calloway', 'Mayor'])).toBe('Ana Ruiz (mayor of Calloway)');
    expect(speakerLabel('Ana Ruiz', ['Minister of Energy', 'energy minister', 'party leader'])).toBe(
      'Ana Ruiz (Minister of Energy, party leader)',
    );
  });

  it('keeps different roles', () => {
    expect(speakerLabel('Ana Ruiz', ['mayor of Calloway', 'head of the port board'])).toBe(
      'Ana Ruiz (mayor of Calloway, head of the port board)',
    );
  });
});
