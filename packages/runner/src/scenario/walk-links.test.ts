import * as E from 'fp-ts/lib/Either.js';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandScenarioPaths } from './load-scenario.js';

let root = '';
let outside = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'docknet-links-'));
  outside = mkdtempSync(join(tmpdir(), 'docknet-outside-'));
  writeFileSync(join(outside, 'secret.yaml'), 'name: s\nsteps: []\n');
  mkdirSync(join(root, 'tree'));
  writeFileSync(join(root, 'tree', 'a.yaml'), 'name: a\nsteps: []\n');
  symlinkSync(join(root, 'tree'), join(root, 'tree', 'loop'), 'dir');
  symlinkSync(outside, join(root, 'tree', 'elsewhere'), 'dir');
  symlinkSync(join(outside, 'secret.yaml'), join(root, 'tree', 'linked.yaml'), 'file');
  symlinkSync(join(root, 'nowhere.yaml'), join(root, 'tree', 'dangling.yaml'), 'file');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('expandScenarioPaths and symbolic links', () => {
  it('does not follow directory links (no loops, nothing outside the tree), reads file links, skips dangling ones', () => {
    expect(expandScenarioPaths([join(root, 'tree')])).toEqual(E.right([join(root, 'tree', 'a.yaml'), join(root, 'tree', 'linked.yaml')]));
  });

  it('still walks a directory link named on the command line', () => {
    expect(expandScenarioPaths([join(root, 'tree', 'elsewhere')])).toEqual(E.right([join(root, 'tree', 'elsewhere', 'secret.yaml')]));
  });
});
