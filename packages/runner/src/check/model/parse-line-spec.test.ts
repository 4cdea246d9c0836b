import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEngine } from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';
import { Session } from '../../session/session.js';
import { lineSpecArb, universeOf } from '../generator/line-arbitraries.js';
import type { LineSpec } from '../generator/line-spec.js';
import { renderLine } from '../generator/render-line.js';
import { parseLineSpec } from './parse-line-spec.js';

/** What the model reads of a spec (flags it does not need are not parsed back). */
const modelView = (spec: LineSpec): unknown => {
  switch (spec.kind) {
    case 'network-create':
      return { kind: spec.kind, name: spec.name };
    case 'run':
      return { kind: spec.kind, create: spec.create, name: spec.name, interactive: spec.interactive, image: spec.image, network: spec.network?.ref };
    case 'connect':
      return { kind: spec.kind, network: spec.network, name: spec.name };
    default:
      return spec;
  }
};

describe('parseLineSpec', () => {
  const state = new Session(makeEngine(daemonRegistry), { profile: '28', seed: 0, origin: { epochNs: 0n, offsetMinutes: 0 } }).state;

  it('property: every generated line parses back to what the model needs of its spec', () => {
    fc.assert(
      fc.property(lineSpecArb(universeOf(['docker-host'], [], [])), (spec) => {
        const parsed = parseLineSpec(renderLine(spec, state), spec.host);
        expect(parsed === undefined ? undefined : modelView(parsed)).toEqual(modelView(spec));
      }),
      { numRuns: 300 },
    );
  });

  it("reads a user's lines too, and leaves alone what it cannot follow", () => {
    expect(parseLineSpec('docker container stop web', 'h')).toEqual({ kind: 'lifecycle', host: 'h', verb: 'stop', name: 'web' });
    expect(parseLineSpec('sudo docker run -d --name web -p 8080:80 nginx', 'h')).toMatchObject({ kind: 'run', name: 'web', image: 'nginx', interactive: false });
    expect(parseLineSpec("docker inspect web | grep -i ipaddress", 'h')).toMatchObject({ kind: 'query' });
    expect(parseLineSpec('docker run --rm busybox ifconfig', 'h')).toBeUndefined();
    expect(parseLineSpec('docker stop web db', 'h')).toBeUndefined();
    expect(parseLineSpec('docker network rm -f gone', 'h')).toBeUndefined();
    expect(parseLineSpec('ip addr', 'h')).toBeUndefined();
  });
});
