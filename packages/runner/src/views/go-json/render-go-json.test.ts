import { describe, expect, it } from 'vitest';
import { goMapOf } from './go-json-value.js';
import { goJsonString, renderGoJson, renderGoJsonCompact, renderInspectArray } from './render-go-json.js';

describe('renderGoJson (json.Indent with four spaces)', () => {
  it('indents nested structs and keeps empty objects and arrays on one line', () => {
    const value = { Name: 'bridge', ConfigFrom: { Network: '' }, Options: new Map(), Config: [], IPAM: null };
    expect(renderGoJson(value)).toBe(
      ['{', '    "Name": "bridge",', '    "ConfigFrom": {', '        "Network": ""', '    },', '    "Options": {},', '    "Config": [],', '    "IPAM": null', '}'].join('\n'),
    );
  });

  it('prints the inspect array with a final newline, and [] when nothing was found', () => {
    expect(renderInspectArray([])).toBe('[]\n');
    expect(renderInspectArray([{ Id: 'x', Ok: true, N: 3 }])).toBe('[\n    {\n        "Id": "x",\n        "Ok": true,\n        "N": 3\n    }\n]\n');
  });

  it('escapes HTML characters and control characters as Go does, keeps non-ASCII', () => {
    expect(goJsonString('<a&b>')).toBe('"\\u003ca\\u0026b\\u003e"');
    expect(goJsonString('tab\there\n"q"\\')).toBe('"tab\\there\\n\\"q\\"\\\\"');
    expect(goJsonString('\u0001\u2028')).toBe('"\\u0001\\u2028"');
    expect(goJsonString('네트워크…')).toBe('"네트워크…"');
  });

  it('orders Go map keys bytewise, integer-like keys included', () => {
    const m = goMapOf({ '9': 'a', '10': 'b', b: 'c', A: 'd' });
    expect([...m.keys()]).toEqual(['10', '9', 'A', 'b']);
    expect(renderGoJsonCompact(m)).toBe('{"10":"b","9":"a","A":"d","b":"c"}');
  });

  it('prints large integer counters without an exponent', () => {
    expect(renderGoJson(2 ** 64)).toBe('18446744073709551616');
  });
});
