/**
 * Hostile input for the docker command line: random argv (flag soup, unicode, very long
 * words, names that shadow Object.prototype members) straight into `runDocker`, and random
 * lines (quotes, pipes, shell operators) through `runLine`, on fresh engines. Whatever comes
 * in, docknet answers like the docker CLI: no exception, a status, and on failure a message
 * on stderr that reads like Docker's (never a JavaScript value leaking into the text).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCKER_COMMANDS } from './commands/index.js';
import { runDocker } from './dispatch.js';
import type { CliResult } from './cli-result.js';
import { runLine } from '../replay/run-line.js';
import { freshContext, fuzzRuns } from '../testing/fuzz-context.js';
import { quoteWord } from '../shell/index.js';

/** Words that turn up in a JavaScript value that leaked into a message. */
const LEAKS = /\bundefined\b|\bNaN\b|\[object |\bnull\b(?!")|internal error|TypeError|RangeError|ReferenceError|\n\s+at /;

/** Names that are members of every plain object: a lookup in a `{}` table must not find them. */
const PROTO_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

const commandWords = [...DOCKER_COMMANDS.keys()].flatMap((k) => [k.split(' ')]);
const flagNames = [...new Set([...DOCKER_COMMANDS.values()].flatMap((s) => s.flags.flatMap((f) => [f.name, ...(f.aliases ?? [])])))];
const shortNames = [...new Set([...DOCKER_COMMANDS.values()].flatMap((s) => s.flags.flatMap((f) => (f.short === undefined ? [] : [f.short]))))];

const value = fc.oneof(
  fc.constantFrom(
    'web', 'db', 'mynet', 'bridge', 'host', 'none', 'default', 'container:web', 'busybox', 'nginx', 'alpine', 'ubuntu',
    'redis:7', 'docker.io/library/nginx:1.14', 'nginx@sha256:abc', '172.18.0.0/16', '172.18.0.5', '10.0.0.0/8',
    '192.168.0.0/33', '2001:db8::/64', '2001:db8::5', 'fe80::/10', '8080:80', '80', '80/udp', '127.0.0.1:8080:80',
    '[::1]:80:80', '1-5:1-5', '70000:80', '0:0', '-1', '0', '1', '65535', '65536', 'true', 'false', 'json', 'table',
    '{{.Name}}', '{{json .}}', '{{range .}}', '{{', 'name=web', 'status=running', 'driver=bridge', 'label=a=b',
    '02:42:ac:11:00:02', 'zz:zz', 'com.docker.network.bridge.name=br0', 'a=b', '=', ':', '/', '', ' ', '-', '--',
  ),
  fc.constantFrom(...PROTO_WORDS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.nat({ max: 4000 }).map((n) => 'x'.repeat(n)),
);

const flag = fc.oneof(
  fc.constantFrom(...flagNames).map((n) => `--${n}`),
  fc.tuple(fc.constantFrom(...flagNames), value).map(([n, v]) => `--${n}=${v}`),
  fc.constantFrom(...shortNames).map((s) => `-${s}`),
  fc.array(fc.constantFrom(...shortNames), { minLength: 2, maxLength: 4 }).map((s) => `-${s.join('')}`),
  fc.tuple(fc.constantFrom(...shortNames), value).map(([s, v]) => `-${s}${v}`),
  fc.constantFrom('--help', '-h', '--', '-', '---', '--=', '--no-such', '-Z', '-=x', '--name=', '--format='),
);

/** A well-aimed argv: one command, flags from its own table with plausible values, positionals. */
const aimed = fc.constantFrom(...DOCKER_COMMANDS.entries()).chain(([path, spec]) => {
  if (spec.flags.length === 0) return fc.array(value, { maxLength: 4 }).map((positionals) => [...path.split(' '), ...positionals]);
  const ownFlag = fc.constantFrom(...spec.flags).chain((f) =>
    f.kind === 'bool'
      ? fc.oneof(fc.constant([`--${f.name}`]), value.map((v) => [`--${f.name}=${v}`]))
      : fc.oneof(
          value.map((v) => [`--${f.name}`, v]),
          value.map((v) => [`--${f.name}=${v}`]),
          ...(f.short === undefined ? [] : [value.map((v) => [`-${f.short}`, v])]),
        ),
  );
  return fc
    .tuple(fc.array(ownFlag, { maxLength: 5 }), fc.array(value, { maxLength: 4 }))
    .map(([fs, positionals]) => [...path.split(' '), ...fs.flat(), ...positionals]);
});

const argv = fc.oneof(
  aimed,
  aimed,
  fc.tuple(
    fc.oneof(
      fc.constantFrom(...commandWords),
      fc.tuple(fc.constantFrom('network', 'container', 'image', 'volume', 'system'), value).map(([g, v]) => [g, v]),
      value.map((v) => [v]),
      fc.constant([] as string[]),
    ),
    fc.array(fc.oneof(flag, value), { maxLength: 10 }),
  ).map(([words, rest]) => [...words, ...rest]),
);

/** What every docker answer must look like, success or failure. */
const expectDockerShaped = (result: CliResult): void => {
  expect(typeof result.stdout).toBe('string');
  expect(typeof result.stderr).toBe('string');
  expect(Number.isInteger(result.exit) && result.exit >= 0 && result.exit <= 255).toBe(true);
  if (result.exit !== 0) expect(result.stderr.trim()).not.toBe('');
  expect(result.stderr).not.toMatch(LEAKS);
  if (result.stderr !== '') expect(result.stderr.endsWith('\n')).toBe(true);
};

describe('docker command line (fuzz property)', () => {
  it('property: random argv never throws and always answers in Docker style', () => {
    const ctx = freshContext();
    fc.assert(
      fc.property(argv, (words) => {
        expectDockerShaped(runDocker(ctx, words));
      }),
      { numRuns: fuzzRuns(1500) },
    );
  });

  it('property: a random session of docker commands never throws, and replays identically', () => {
    const commandLine = argv.map((words) => ['docker', ...words].map(quoteWord).join(' '));
    fc.assert(
      fc.property(fc.array(commandLine, { minLength: 1, maxLength: 12 }), fc.constantFrom('20.10', '27', '28', '29' as const), (lines, engine) => {
        const first = freshContext(engine);
        const second = freshContext(engine);
        for (const line of lines) {
          const before = first.session.events.length;
          const a = runLine(first, line);
          const b = runLine(second, line);
          expectDockerShaped(a);
          expect(b).toEqual(a);
          // Bounded work per line: a command line never produces more than a few events per word.
          expect(first.session.events.length - before).toBeLessThanOrEqual(16 * (line.split(' ').length + 1));
        }
        expect(second.session.events).toEqual(first.session.events);
      }),
      { numRuns: fuzzRuns(60) },
    );
  });

  it('property: random lines through the shell and the pipeline never throw', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'docker', 'docker run -d', 'docker ps', 'docker network', 'docker inspect', ' ', ' | ', '|', '||', '&&', ';', '>',
        '2>&1', '"', "'", '\\', '\\\n', '$', '$(', '`', '#', '{{.Name}}', "'{{json .}}'", 'grep', 'head -n', 'awk',
        "'{print $1}'", 'sort -k', 'wc -l', 'cut -d: -f2', 'tr a-z A-Z', 'uniq -c', 'cat', 'sudo', 'sudo -E', 'X=1',
        'nope', '-', '--', '\t', '\r\n', '\n',
      ),
      value,
    );
    const ctx = freshContext();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(' ')), (line) => {
        const result = runLine(ctx, line);
        expect(typeof result.stdout).toBe('string');
        expect(Number.isInteger(result.exit) && result.exit >= 0 && result.exit <= 255).toBe(true);
        expect(result.stderr).not.toMatch(LEAKS);
      }),
      { numRuns: fuzzRuns(400) },
    );
  });
});
