import * as E from 'fp-ts/lib/Either.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandScenarioPaths, loadScenario, loadScenarioPaths } from './load-scenario.js';

let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'docknet-scenarios-'));
  mkdirSync(join(root, 'b', 'deep'), { recursive: true });
  mkdirSync(join(root, 'a'));
  writeFileSync(join(root, 'b', 'z.yaml'), 'name: z\nsteps: []\n');
  writeFileSync(join(root, 'b', 'deep', 'y.yml'), 'name: y\nsteps: []\n');
  writeFileSync(join(root, 'a', 'x.yaml'), '\uFEFFname: x\nsteps: []\n');
  writeFileSync(join(root, 'a', 'broken.yaml'), 'nme: x\nsteps: []\n');
  writeFileSync(join(root, 'a', 'notes.txt'), 'not a scenario');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('expandScenarioPaths', () => {
  it('expands directories recursively to *.yaml and *.yml in code-point order', () => {
    expect(expandScenarioPaths([root])).toEqual(
      E.right([join(root, 'a', 'broken.yaml'), join(root, 'a', 'x.yaml'), join(root, 'b', 'deep', 'y.yml'), join(root, 'b', 'z.yaml')]),
    );
  });
  it('keeps argument order and lists a file once', () => {
    const z = join(root, 'b', 'z.yaml');
    expect(expandScenarioPaths([z, join(root, 'b')])).toEqual(E.right([z, join(root, 'b', 'deep', 'y.yml')]));
  });
  it('reports missing paths', () => {
    const missing = join(root, 'nope');
    expect(expandScenarioPaths([missing])).toEqual(E.left([{ file: missing, line: 1, column: 1, message: 'cannot read the scenario: ENOENT' }]));
  });
});

describe('loadScenario', () => {
  it('reads a file, dropping a UTF-8 byte order mark', () => {
    const result = loadScenario(join(root, 'a', 'x.yaml'));
    expect(E.isRight(result) && result.right.name).toBe('x');
  });
  it('parses in-memory text under the given file name', () => {
    const result = loadScenario({ file: 'mem.yaml', text: 'name: m\nsteps: [docker ps]\n' });
    expect(E.isRight(result) && result.right.file).toBe('mem.yaml');
  });
  it('reports an unreadable file as a Left', () => {
    expect(E.isLeft(loadScenario(join(root, 'missing.yaml')))).toBe(true);
  });
});

describe('loadScenarioPaths', () => {
  it('loads every file, keeping broken ones as Left', () => {
    const result = loadScenarioPaths([join(root, 'a')]);
    if (E.isLeft(result)) throw new Error('unexpected Left');
    expect(result.right.map((l) => [l.file.slice(root.length), E.isRight(l.result)])).toEqual([
      [join('/a', 'broken.yaml'), false],
      [join('/a', 'x.yaml'), true],
    ]);
  });
});
