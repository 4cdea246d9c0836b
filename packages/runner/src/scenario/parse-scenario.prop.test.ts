import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse-scenario.js';

const VALID = `name: demo
engine: "27"
seed: 3
hosts:
  - name: nasa
    interfaces:
      - { name: eno1, ipv4: 192.168.100.9/24, mac: "b0:5c:da:ad:d1:25" }
images:
  "myapp:1.0": { expose: ["8080/tcp"], tools: busybox }
steps:
  - docker network ls
  - note: narration
  - run: docker inspect web
    on: nasa
    expect:
      exit: 0
      stdout_contains: [web]
      json:
        "[0].Name": web
`;

/** A random edit of the valid text: delete, insert or replace a slice. */
const mutation = fc.record({
  at: fc.nat({ max: VALID.length }),
  length: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(':', '-', '{', '[', '"', "'", '\n  ', '*a', '&a ', '---\n', '\t', '#', '!!str ')),
});

describe('parseScenario properties', () => {
  it('property: never throws on random mutations; every Left has positions', () => {
    expect(E.isRight(parseScenario('v.yaml', VALID))).toBe(true);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = VALID;
        for (const { at, length, insert } of edits) {
          const i = Math.min(at, text.length);
          text = text.slice(0, i) + insert + text.slice(i + length);
        }
        const result = parseScenario('v.yaml', text);
        if (E.isLeft(result)) {
          expect(result.left.length).toBeGreaterThan(0);
          const lineCount = text.split('\n').length;
          for (const error of result.left) {
            expect(error.file).toBe('v.yaml');
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.line).toBeLessThanOrEqual(lineCount + 1);
            expect(error.column).toBeGreaterThanOrEqual(1);
            expect(error.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseScenario('r.yaml', text);
        expect(E.isLeft(result) || E.isRight(result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
