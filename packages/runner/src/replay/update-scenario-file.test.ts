/** `docknet replay --update` end to end: on copies of every scenario in scenarios/. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../cli/main.js';

const ROOT = resolve(import.meta.dirname, '../../../..');

const run = async (argv: string[]) => {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
};

/** A scenario written by hand: comments everywhere, flow and block styles, quotes. */
const COMMENTED = `# A scenario with comments, to update
version: 1
name: commented   # the name
steps:
  # first, a container
  - docker run -itd --name c1 busybox   # plain step
  - note: |
      A note stays as it is.
  - run: "docker inspect -f '{{.Name}}' c1"
    expect: { exit: 0 }   # flow
  - run: docker network ls --format '{{.Name}}'
    # between keys
    expect:
      stdout: |   # block with a comment
        wrong
      exit: 0
# the end
`;

/** Copies of a few stable scenario folders (others may be mid-edit) and of {@link COMMENTED}. */
const copyOfScenarios = (): string => {
  const dir = join(mkdtempSync(join(tmpdir(), 'docknet-update-')), 'scenarios');
  for (const folder of ['bridge', 'diff', 'lifecycle', 'ports', 'profiles']) {
    cpSync(join(ROOT, 'scenarios', folder), join(dir, folder), { recursive: true });
  }
  writeFileSync(join(dir, 'commented.yaml'), COMMENTED);
  return dir;
};

const snapshot = (dir: string): Map<string, string> =>
  new Map(
    (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

/** The comments of a file, without what precedes them on their lines. */
const comments = (text: string): string[] =>
  text.split('\n').flatMap((l) => /(?:^\s*| )(#.*)$/.exec(l)?.[1] ?? []);

describe('docknet replay --update', () => {
  it('restores wrong stdout expectations, then replays green; a second update changes nothing', async () => {
    const dir = copyOfScenarios();
    const file = join(dir, 'bridge/default-bridge.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('172.17.0.3', '10.9.9.9'));
    expect((await run(['replay', dir])).code).toBe(1);
    const updated = await run(['replay', dir, '--update']);
    expect(updated.err).toContain(`docknet: updated ${file}: 1 stdout expectation rewritten, 0 added`);
    expect(updated.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(updated.err).toContain(`docknet: updated ${join(dir, 'commented.yaml')}: 1 stdout expectation rewritten, 0 added`);
    expect(readFileSync(join(dir, 'commented.yaml'), 'utf8')).toBe(COMMENTED.replace('        wrong\n', '        bridge\n        host\n        none\n'));
    const before = snapshot(dir);
    const again = await run(['replay', dir, '--update']);
    expect(again.err).toBe('');
    expect(snapshot(dir)).toEqual(before);
  });

  it('with =all adds stdout to steps that check none, keeping comments and key order; idempotent', async () => {
    const dir = copyOfScenarios();
    const before = snapshot(dir);
    const first = await run(['replay', dir, '--update=all']);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/added/);
    const after = snapshot(dir);
    for (const [name, text] of before) {
      expect(comments(after.get(name) ?? '')).toEqual(comments(text));
      // Every original line is still there, in order: the update only inserts.
      const kept = (after.get(name) ?? '').split('\n');
      let at = 0;
      if (name === 'commented.yaml') continue; // checked exactly below
      for (const line of text.split('\n')) {
        // A plain step that printed something became `- run: …`; one that printed nothing did not.
        const asRun = line.replace(/^(\s*)- (?!run:|note:)(docker .*)$/, '$1- run: $2');
        const found = [line, asRun].map((l) => kept.indexOf(l, at)).filter((i) => i >= 0);
        at = found.length === 0 ? -1 : Math.min(...found);
        expect(at, `${name}: "${line}"`).toBeGreaterThanOrEqual(0);
      }
    }
    expect(after.get('commented.yaml')).toBe(
      COMMENTED.replace('busybox   # plain step\n', 'busybox   # plain step\n    expect:\n      stdout: bcea7571d3c2b9c6fc51a2cdedcd15213929b6c59fb19173133cddab1eacebf1\n')
        .replace('  - docker run', '  - run: docker run')
        .replace('{ exit: 0 }', '{ exit: 0, stdout: "/c1" }')
        .replace('        wrong\n', '        bridge\n        host\n        none\n'),
    );
    expect((await run(['replay', dir])).code).toBe(0);
    const second = await run(['replay', dir, '--update=all']);
    expect(second.err).toBe('');
    expect(snapshot(dir)).toEqual(after);
  });

  it('refuses a value other than "all"', async () => {
    const r = await run(['replay', join(ROOT, 'scenarios/diff'), '--update=some']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--update takes no value or "all"');
  });

  it('takes a bare --update without swallowing the next argument', async () => {
    const dir = copyOfScenarios();
    const r = await run(['replay', '--update', join(dir, 'diff')]);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });
});
