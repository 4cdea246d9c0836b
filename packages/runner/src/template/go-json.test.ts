import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { goJsonEncode } from './go-json.js';
import type { TemplateValue } from './template-value.js';
import { goMap, goStruct } from './template-value.js';

const marshal = (v: TemplateValue) => goJsonEncode(v, { escapeHTML: true });
const docker = (v: TemplateValue) => goJsonEncode(v, { escapeHTML: false });

describe('Go json encoding', () => {
  test('json.Marshal escapes <, > and & ; Docker\'s encoder does not', () => {
    expect(marshal('<a&b>')).toBe('"\\u003ca\\u0026b\\u003e"');
    expect(docker('<a&b>')).toBe('"<a&b>"');
  });
  test('U+2028 and U+2029 are always escaped', () => {
    expect(docker('a\u2028b\u2029')).toBe('"a\\u2028b\\u2029"');
  });
  test('control characters: short escapes for \\n \\r \\t \\b \\f, \\u00XX otherwise', () => {
    expect(docker('\n\r\t\b\f\u0001\u001f"\\')).toBe('"\\n\\r\\t\\b\\f\\u0001\\u001f\\"\\\\"');
  });
  test('invalid UTF-16 (lone surrogates) becomes U+FFFD', () => {
    expect(docker('a\ud800b')).toBe('"a\\ufffdb"');
  });
  test('numbers as Go encodes them', () => {
    expect(docker([1, -2, 1.5, 1e21, 1e-7, 0.000001, 123456789012, -0])).toBe('[1,-2,1.5,1e+21,1e-7,0.000001,123456789012,-0]');
    expect(docker(NaN)).toBeUndefined();
  });
  test('key order: views decide for plain objects, typed maps are sorted, structs keep field order', () => {
    expect(docker({ Name: 'n', Id: 'i', Created: 'c' })).toBe('{"Name":"n","Id":"i","Created":"c"}');
    expect(docker(goMap('string', { b: '1', a: '2' }))).toBe('{"a":"2","b":"1"}');
    expect(docker(goStruct('network.Inspect', { Name: 'n', Id: 'i' }))).toBe('{"Name":"n","Id":"i"}');
    expect(docker(new Map<string, TemplateValue>([['9', 1], ['10', 2]]))).toBe('{"9":1,"10":2}');
  });
  test('equals JSON.stringify for JSON data without U+2028/2029', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const v = JSON.parse(JSON.stringify(raw)) as TemplateValue;
        const expected = JSON.stringify(v);
        fc.pre(!/[\u2028\u2029]/.test(expected));
        expect(docker(v)).toBe(expected);
      }),
    );
  });
});
