import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diagnosticIdentity, fingerprints, fnv1a128 } from '../../src/report/fingerprint.js';
import { moved, unknownTemplate, toneHint } from './fixtures.js';

describe('fnv1a128', () => {
  // Reference values of FNV-1a 128 (offset basis for the empty input).
  it.each([
    ['', '6c62272e07bb014262b821756295c58d'],
    ['a', 'd228cb696f1a8caf78912b704e4a8964'],
    ['foobar', '343e1662793c64bf6f0d3597ba446f18'],
  ])('hashes %j to %s', (input, hex) => {
    expect(fnv1a128(input)).toBe(hex);
  });

  it('hashes UTF-8 bytes: non-ASCII text differs from its Latin-1 look-alike', () => {
    expect(fnv1a128('ü')).not.toBe(fnv1a128('\u00c3\u00bc'));
    expect(fnv1a128('😀')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is always 32 hex digits', () => {
    fc.assert(fc.property(fc.string(), (s) => /^[0-9a-f]{32}$/.test(fnv1a128(s))));
  });
});

describe('fingerprints', () => {
  it('do not depend on line numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 10_000 }), (lines) => {
        expect(diagnosticIdentity(moved(unknownTemplate, lines))).toBe(diagnosticIdentity(unknownTemplate));
      }),
    );
  });

  it('use the message when there is no JSON path', () => {
    expect(diagnosticIdentity(toneHint)).not.toBe(diagnosticIdentity({ ...toneHint, message: 'other' }));
    expect(diagnosticIdentity(unknownTemplate)).toBe(diagnosticIdentity({ ...unknownTemplate, message: 'reworded' }));
  });

  it('cannot be confused by separators inside the parts', () => {
    const a = diagnosticIdentity({ ...toneHint, ruleId: 'a|b', file: 'c' });
    const b = diagnosticIdentity({ ...toneHint, ruleId: 'a', file: 'b|c' });
    expect(a).not.toBe(b);
  });

  it('number repeated identities so each fingerprint is unique, keeping the first one stable', () => {
    const [x, y, z] = fingerprints(['k', 'k', 'other']);
    expect(new Set([x, y, z]).size).toBe(3);
    expect(x).toBe(fingerprints(['k'])[0]);
  });
});
