import { describe, expect, it } from 'vitest';
import { diffJson } from './diff-json.js';
import { toJsonPatch } from './json-patch.js';

describe('diffJson', () => {
  it('finds nothing between equal values, whatever their key order', () => {
    expect(diffJson({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toEqual([]);
  });

  it('reports a swap of two addresses as two changes keyed by name, not a rename', () => {
    const a = { containers: { c1: { ipv4: '172.17.0.2' }, c2: { ipv4: '172.17.0.3' } } };
    const b = { containers: { c1: { ipv4: '172.17.0.3' }, c2: { ipv4: '172.17.0.2' } } };
    expect(diffJson(a, b)).toEqual([
      { op: 'replace', path: ['containers', 'c1', 'ipv4'], pointer: '/containers/c1/ipv4', before: '172.17.0.2', after: '172.17.0.3' },
      { op: 'replace', path: ['containers', 'c2', 'ipv4'], pointer: '/containers/c2/ipv4', before: '172.17.0.3', after: '172.17.0.2' },
    ]);
  });

  it('adds and removes object members', () => {
    expect(diffJson({ keep: 1, gone: { x: 1 } }, { keep: 1, added: 'y' })).toEqual([
      { op: 'add', path: ['added'], pointer: '/added', after: 'y' },
      { op: 'remove', path: ['gone'], pointer: '/gone', before: { x: 1 } },
    ]);
  });

  it('matches records in a list by name, so a change inside one is not a change of the list', () => {
    const a = { interfaces: [{ name: 'eth0', ipv4: '10.0.2.15/24' }, { name: 'eth1', ipv4: '10.0.3.15/24' }] };
    const b = { interfaces: [{ name: 'eth0', ipv4: '10.0.2.16/24' }, { name: 'eth1', ipv4: '10.0.3.15/24' }] };
    expect(diffJson(a, b)).toEqual([
      {
        op: 'replace',
        path: ['interfaces', { index: 0, id: 'eth0' }, 'ipv4'],
        pointer: '/interfaces/0/ipv4',
        before: '10.0.2.15/24',
        after: '10.0.2.16/24',
      },
    ]);
  });

  it('lists removals from the end, then changes at the shifted index, then additions', () => {
    const a = { aliases: ['a', 'b', 'c', 'd'] };
    const b = { aliases: ['a', 'x', 'c', 'y'] };
    expect(toJsonPatch(diffJson(a, b))).toEqual([
      { op: 'remove', path: '/aliases/3' },
      { op: 'remove', path: '/aliases/1' },
      { op: 'add', path: '/aliases/1', value: 'x' },
      { op: 'add', path: '/aliases/3', value: 'y' },
    ]);
  });

  it('gives a changed record inside a list its index after the removals', () => {
    const a = { pools: [{ subnet: '10.0.0.0/24', used: 1 }, { subnet: '10.0.1.0/24', used: 1 }] };
    const b = { pools: [{ subnet: '10.0.1.0/24', used: 2 }] };
    expect(diffJson(a, b).map((c) => [c.op, c.pointer])).toEqual([
      ['remove', '/pools/0'],
      ['replace', '/pools/0/used'],
    ]);
    expect(diffJson(a, b)[1]?.path).toEqual(['pools', { index: 0, id: '10.0.1.0/24' }, 'used']);
  });

  it('replaces a list whole when its elements changed order or cannot be told apart', () => {
    expect(diffJson({ cmd: ['a', 'b'] }, { cmd: ['b', 'a'] })).toEqual([
      { op: 'replace', path: ['cmd'], pointer: '/cmd', before: ['a', 'b'], after: ['b', 'a'] },
    ]);
    expect(diffJson({ cmd: ['sh', 'sh'] }, { cmd: ['sh'] })).toHaveLength(1);
    expect(diffJson({ ports: [{ hostPort: 1 }] }, { ports: [{ hostPort: 2 }] })[0]?.pointer).toBe('/ports');
    expect(diffJson({ v: [1, '1'] }, { v: ['1'] })[0]?.op).toBe('replace');
  });

  it('replaces a value whose type changed', () => {
    expect(diffJson({ ipam: { config: null } }, { ipam: { config: [] } })).toEqual([
      { op: 'replace', path: ['ipam', 'config'], pointer: '/ipam/config', before: null, after: [] },
    ]);
  });

  it('leaves ignored fields out at any depth', () => {
    const a = { id: 'a1', containers: { c1: { id: 'x', mac: 'm1', ipv4: '172.17.0.2' } } };
    const b = { id: 'b1', containers: { c1: { id: 'y', mac: 'm2', ipv4: '172.17.0.2' } } };
    expect(diffJson(a, b, { ignore: ['id', 'mac'] })).toEqual([]);
    expect(diffJson(a, b, { ignore: ['id'] }).map((c) => c.pointer)).toEqual(['/containers/c1/mac']);
  });

  it('escapes "/" and "~" in pointers', () => {
    expect(diffJson({ 'a/b': { '~': 1 } }, { 'a/b': { '~': 2 } })[0]?.pointer).toBe('/a~1b/~0');
  });
});
