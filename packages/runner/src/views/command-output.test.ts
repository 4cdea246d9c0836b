import { profileFor } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { inspectAny, networkLsOutput, portOutput, psOutput, renderInspectJson } from './command-output.js';
import { container, defaultBridge, host } from './testing/host-fixture.js';

const h = () =>
  host(
    [defaultBridge('0a1b2c3d4e5f'.padEnd(64, '0'))],
    [container({ id: 'a'.repeat(64), name: 'web', exposedPorts: ['80/tcp'], published: [{ containerPort: 80, proto: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 }] })],
  );

describe('command outputs', () => {
  it("frames daemon errors as Docker does and leaves the CLI's own bare", () => {
    expect(networkLsOutput(h(), { quiet: false, noTrunc: false, filters: ['x=1'] })).toEqual(E.left("Error response from daemon: invalid filter 'x'"));
    expect(psOutput(h(), profileFor('28'), '2020-08-14T14:40:00+09:00', { all: false, quiet: false, noTrunc: false, filters: ['bad'] })).toEqual(
      E.left('bad format of filter (expected name=value)'),
    );
    expect(portOutput(h(), 'nope', undefined, profileFor('28'))).toEqual(E.left('Error response from daemon: No such container: nope'));
  });

  it('prints docker port lines with newlines', () => {
    expect(portOutput(h(), 'web', undefined, profileFor('28'))).toEqual(E.right('80/tcp -> 0.0.0.0:8080\n'));
  });

  it('inspects by type and renders the array', () => {
    expect(inspectAny(h(), 'bridge', profileFor('28'), 'container')).toBeUndefined();
    const net = inspectAny(h(), 'bridge', profileFor('28'), 'network');
    expect(renderInspectJson([net])).toMatch(/^\[\n {4}\{\n {8}"Name": "bridge",/);
  });
});
