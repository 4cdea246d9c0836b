import * as E from 'fp-ts/lib/Either.js';
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from './parse-scenario.js';
import type { Scenario } from './scenario.js';
import type { ScenarioError } from './scenario-error.js';

/** A scenario to load from disk, or one already in memory (`file` names it in errors). */
export type ScenarioSource = string | { readonly file: string; readonly text: string };

const readError = (file: string, error: unknown): ScenarioError => ({
  file,
  line: 1,
  column: 1,
  message: `cannot read the scenario: ${error instanceof Error && 'code' in error ? String(error.code) : String(error)}`,
});

/**
 * Loads one scenario: a path is read as UTF-8, `{ file, text }` is used as given. See
 * {@link parseScenario} for what is validated; an unreadable file is a Left too.
 *
 * @example
 * loadScenario({ file: 'demo.yaml', text: 'name: demo\nsteps: [docker ps]\n' })
 */
export const loadScenario = (source: ScenarioSource): E.Either<ScenarioError[], Scenario> => {
  if (typeof source !== 'string') return parseScenario(source.file, source.text);
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error: unknown) {
    return E.left([readError(source, error)]);
  }
  return parseScenario(source, text.startsWith('\uFEFF') ? text.slice(1) : text);
};

const isScenarioFile = (name: string): boolean => name.endsWith('.yaml') || name.endsWith('.yml');

/** Code-point order, so the listing never depends on the locale. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The scenario files under `directory`. A symbolic link to a directory is not followed:
 * a link back up the tree would never end, and one pointing elsewhere would make docknet
 * read files outside the directory it was given. Links to files are read as files.
 */
const walk = (directory: string): string[] =>
  readdirSync(directory)
    .sort(byName)
    .flatMap((name) => {
      const path = join(directory, name);
      if (lstatSync(path).isSymbolicLink()) {
        const target = statSync(path, { throwIfNoEntry: false });
        return target?.isFile() === true && isScenarioFile(name) ? [path] : [];
      }
      const stats = statSync(path);
      if (stats.isDirectory()) return walk(path);
      return stats.isFile() && isScenarioFile(name) ? [path] : [];
    });

/**
 * The scenario files named by `paths`: a file is taken as given (whatever its extension);
 * a directory contributes its `*.yaml`/`*.yml` files, recursively, in code-point order of
 * their names. Arguments keep their order; a file named twice is listed once. A path that
 * does not exist is a Left listing every such path.
 *
 * @example
 * expandScenarioPaths(['scenarios/tutorials']) // Right(['scenarios/tutorials/01-bridge.yaml', …])
 */
export const expandScenarioPaths = (paths: readonly string[]): E.Either<ScenarioError[], string[]> => {
  const files: string[] = [];
  const errors: ScenarioError[] = [];
  for (const path of paths) {
    try {
      const found = statSync(path).isDirectory() ? walk(path) : [path];
      for (const file of found) if (!files.includes(file)) files.push(file);
    } catch (error: unknown) {
      errors.push(readError(path, error));
    }
  }
  return errors.length > 0 ? E.left(errors) : E.right(files);
};

/** One loaded file: its path and its scenario or errors. */
export interface LoadedScenario {
  readonly file: string;
  readonly result: E.Either<ScenarioError[], Scenario>;
}

/**
 * Expands `paths` (see {@link expandScenarioPaths}) and loads every file, so one broken
 * scenario does not hide the others. A missing path is a Left for the whole call.
 */
export const loadScenarioPaths = (paths: readonly string[]): E.Either<ScenarioError[], LoadedScenario[]> =>
  E.map((files: string[]) => files.map((file) => ({ file, result: loadScenario(file) })))(expandScenarioPaths(paths));
