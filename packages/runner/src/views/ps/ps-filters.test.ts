import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { container, host } from '../testing/host-fixture.js';
import { parsePsFilters, psFilterMatches } from './ps-filters.js';

const web = container({
  id: 'a'.repeat(64),
  name: 'web',
  exposedPorts: ['443/tcp', '80/tcp'],
  published: [
    { containerPort: 80, proto: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 },
    { containerPort: 80, proto: 'tcp', hostIp: '::', hostPort: 8080 },
  ],
});
const h = host([], [web]);
const matches = (...flags: string[]): boolean => {
  const parsed = parsePsFilters(flags);
  if (E.isLeft(parsed)) throw new Error(parsed.left.message);
  return psFilterMatches(h, web, parsed.right);
};

describe('docker ps --filter publish/expose (daemon/list.go)', () => {
  it('publish matches the host side of a published port, tcp by default', () => {
    expect(matches('publish=8080')).toBe(true);
    expect(matches('publish=8080/tcp')).toBe(true);
    expect(matches('publish=80')).toBe(false);
    expect(matches('publish=8080/udp')).toBe(false);
    expect(matches('publish=8000-8100')).toBe(true);
  });

  it('expose matches the container side of any listed port, published or not', () => {
    expect(matches('expose=80')).toBe(true);
    expect(matches('expose=443/tcp')).toBe(true);
    expect(matches('expose=8080')).toBe(false);
  });

  it('refuses host addresses and non-ports', () => {
    const colon = parsePsFilters(['publish=0.0.0.0:80']);
    expect(E.isLeft(colon) && colon.left.message).toBe("filter for 'publish' should not contain ':': 0.0.0.0:80");
    const bad = parsePsFilters(['expose=http']);
    expect(E.isLeft(bad) && bad.left.message).toBe('error while looking up for expose http: strconv.ParseUint: parsing "http": invalid syntax');
  });
});
