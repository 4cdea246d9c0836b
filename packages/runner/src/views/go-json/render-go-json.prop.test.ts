import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GoJson } from './go-json-value.js';
import { renderGoJson, renderGoJsonCompact } from './render-go-json.js';

// JSON-like values with struct (object) keys that JavaScript keeps in insertion order.
const goJson: fc.Arbitrary<GoJson> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]*$/), tie('value'), { maxKeys: 4 }),
  ),
})).value as fc.Arbitrary<GoJson>;

describe('renderGoJson round trip', () => {
  it('indented and compact output both parse back to the same value', () => {
    fc.assert(
      fc.property(goJson, (v) => {
        expect(JSON.parse(renderGoJson(v))).toEqual(v);
        expect(JSON.parse(renderGoJsonCompact(v))).toEqual(v);
      }),
    );
  });

  it('never emits <, > or & literally', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(renderGoJson(s)).not.toMatch(/[<>&]/);
      }),
    );
  });
});
