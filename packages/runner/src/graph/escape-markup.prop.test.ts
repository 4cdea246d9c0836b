import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape-markup.js';

const unescape = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');

describe('escapeMarkup (property)', () => {
  it('leaves no character that can open a tag or close an attribute, and loses nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const escaped = escapeMarkup(s);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescape(escaped)).toBe(s);
      }),
    );
  });
});
