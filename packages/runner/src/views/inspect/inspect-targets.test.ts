import { profileFor } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { renderInspectArray } from '../go-json/render-go-json.js';
import { container, defaultBridge, host } from '../testing/host-fixture.js';
import { inspectNetworks, inspectObject, inspectObjects } from './inspect-targets.js';

const BRIDGE = '0a1b2c3d4e5f'.padEnd(64, '0');
const WEB = 'abcdef'.padEnd(64, '1');
const h = () => host([defaultBridge(BRIDGE)], [container({ id: WEB, name: 'web' }), container({ id: 'abcd99'.padEnd(64, '2'), name: 'db' })]);

describe('docker inspect target resolution', () => {
  it('finds a container by name, id or prefix', () => {
    for (const ref of ['web', '/web', WEB, 'abcdef']) {
      const r = inspectObject(h(), ref, profileFor('28'));
      expect(E.isRight(r) && r.right['Name']).toBe('/web');
    }
  });

  it('falls back to a network like `docker inspect bridge`', () => {
    const r = inspectObject(h(), 'bridge', profileFor('28'));
    expect(E.isRight(r) && r.right['Driver']).toBe('bridge');
  });

  it("reports a miss with the CLI's wording per release, and an ambiguous prefix as the daemon does", () => {
    expect(inspectObject(h(), 'nope', profileFor('28'))).toEqual(E.left({ source: 'cli', kind: 'invalid-parameter', message: 'Error: No such object: nope' }));
    const v29 = inspectObject(h(), 'nope', profileFor('29'));
    expect(E.isLeft(v29) && v29.left.message).toBe('error: no such object: nope');
    const amb = inspectObject(h(), 'abcd', profileFor('28'));
    expect(E.isLeft(amb) && amb.left).toMatchObject({ source: 'daemon', message: 'Multiple IDs found with provided prefix: abcd' });
  });

  it('collects found objects and misses, printing [] when nothing was found', () => {
    const r = inspectObjects(h(), ['web', 'nope'], profileFor('28'));
    expect(r.found).toHaveLength(1);
    expect(r.errors.map((e) => e.message)).toEqual(['Error: No such object: nope']);
    const n = inspectNetworks(h(), ['foo'], profileFor('28'));
    expect(renderInspectArray(n.found)).toBe('[]\n');
    expect(n.errors).toEqual([{ source: 'daemon', kind: 'not-found', message: 'network foo not found' }]);
  });
});
