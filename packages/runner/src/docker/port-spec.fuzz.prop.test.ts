/**
 * `-p` specs under hostile input: every string is either a port spec within 0–65535 with
 * a known protocol, or one of the CLI's `invalid …` messages.
 */
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePortSpec } from './port-spec.js';
import { fuzzRuns } from '../testing/fuzz-context.js';

const MESSAGE = /^invalid (proto|IP address|containerPort|hostPort|ranges specified for container and host Ports): /;

const part = fc.oneof(
  fc.constantFrom('80', '8080', '0', '65535', '65536', '99999999999999999999', '1-5', '5-1', '1-', '-1', '', '127.0.0.1', '::1', '[::1]',
    '[', ']', '/tcp', '/udp', '/sctp', '/icmp', '/', ':', 'tcp', '0.0.0.0', '256.1.1.1', '1e3', '0x50', ' 80', '٨٠'),
  fc.string({ maxLength: 6 }),
);

describe('parsePortSpec (fuzz property)', () => {
  it('property: a spec or an `invalid …` message, and ports stay in range', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }).map((ps) => ps.join('')), (spec) => {
        const parsed = parsePortSpec(spec);
        if (E.isLeft(parsed)) {
          expect(parsed.left).toMatch(MESSAGE);
          return;
        }
        const p = parsed.right;
        expect(['tcp', 'udp', 'sctp']).toContain(p.proto);
        for (const n of [p.containerPort, p.containerPortEnd, p.hostPort, p.hostPortEnd]) {
          expect(Number.isInteger(n) && n >= 0 && n <= 65535).toBe(true);
        }
        expect(p.containerPortEnd).toBeGreaterThanOrEqual(p.containerPort);
        expect(p.hostPortEnd).toBeGreaterThanOrEqual(p.hostPort);
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});
