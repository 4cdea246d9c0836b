import { describe, expect, it } from 'vitest';
import type { Json } from '../state/canonical-json.js';
import { diffJson } from './diff-json.js';
import { formatDiffValue, renderDiffTree } from './render-diff-tree.js';
import { stateEntityLabel } from './state-entities.js';

const host = (containers: Json, networks: Json = {}): Json => ({ hosts: { 'docker-host': { containers, networks } } });

describe('renderDiffTree', () => {
  it('is empty for no change', () => {
    expect(renderDiffTree([])).toBe('');
  });

  it('puts changes under entity headings with old → new values', () => {
    const a = host(
      { c1: { status: 'running', attachments: { bridge: { endpoint: { ipv4: '172.17.0.2' } } } } },
      { bridge: { endpoints: { c1: '172.17.0.2' } } },
    );
    const b = host(
      { c1: { status: 'exited', attachments: { bridge: { endpoint: { ipv4: '172.17.0.3' } } } } },
      { bridge: { endpoints: { c1: '172.17.0.3' } } },
    );
    expect(renderDiffTree(diffJson(a, b), { entityLabel: stateEntityLabel })).toBe(
      [
        '~ host docker-host',
        '  ~ container c1',
        '    ~ on network bridge',
        '      ~ endpoint.ipv4: 172.17.0.2 → 172.17.0.3',
        '    ~ status: running → exited',
        '  ~ network bridge',
        '    ~ endpoints.c1: 172.17.0.2 → 172.17.0.3',
        '',
      ].join('\n'),
    );
  });

  it('shows an added or removed entity as one line', () => {
    const a = host({ old: { image: 'busybox' } });
    const b = host({ web: { image: 'nginx' } });
    expect(renderDiffTree(diffJson(a, b), { entityLabel: stateEntityLabel })).toBe(
      '~ host docker-host\n  - container old\n  + container web\n',
    );
  });

  it('names list elements by identity and quotes keys that are not identifiers', () => {
    const a = { interfaces: [{ name: 'eth0', mtu: 1500 }], options: { 'com.docker.network.driver.mtu': '1500' } };
    const b = { interfaces: [{ name: 'eth0', mtu: 9000 }], options: { 'com.docker.network.driver.mtu': '9000' } };
    expect(renderDiffTree(diffJson(a, b))).toBe(
      'interfaces[eth0].mtu: 1500 → 9000\n'.replace(/^/, '~ ') + '~ options["com.docker.network.driver.mtu"]: "1500" → "9000"\n',
    );
  });

  it('lists removed list elements before added ones at the same position', () => {
    expect(renderDiffTree(diffJson({ aliases: ['a', 'b'] }, { aliases: ['a', 'c'] }))).toBe(
      '- aliases[b]: b\n+ aliases[c]: c\n',
    );
  });
});

describe('formatDiffValue', () => {
  it('shows plain strings bare and anything ambiguous as JSON', () => {
    expect(formatDiffValue('172.17.0.2')).toBe('172.17.0.2');
    expect(formatDiffValue('02:42:ac:11:00:02')).toBe('02:42:ac:11:00:02');
    expect(formatDiffValue('20.10')).toBe('"20.10"');
    expect(formatDiffValue('true')).toBe('"true"');
    expect(formatDiffValue('')).toBe('""');
    expect(formatDiffValue('a b')).toBe('"a b"');
    expect(formatDiffValue(20)).toBe('20');
    expect(formatDiffValue(null)).toBe('null');
    expect(formatDiffValue({ a: [1] })).toBe('{"a":[1]}');
  });
});
