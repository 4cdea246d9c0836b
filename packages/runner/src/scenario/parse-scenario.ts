import * as E from 'fp-ts/lib/Either.js';
import { LineCounter, parseAllDocuments } from 'yaml';
import { decodeScenario } from './decode-scenario.js';
import type { Scenario } from './scenario.js';
import { byPosition, type ScenarioError } from './scenario-error.js';
import { YamlReader } from './yaml-reader.js';

/**
 * Parses and validates scenario YAML text (SPEC §2). Every error names `file:line:col`:
 * YAML syntax errors keep the yaml package's message and position; schema errors (unknown
 * or duplicate keys, wrong types, bad values, bad JSON paths or regexes) are worded here.
 * All errors of a file are returned at once, in document order.
 *
 * @example
 * parseScenario('x.yaml', 'name: demo\nsteps:\n  - docker network ls\n')
 * // Right({ name: 'demo', engine: '28', seed: 0, hosts: [{ name: 'docker-host', … }], steps: [run …], … })
 */
export const parseScenario = (file: string, text: string): E.Either<ScenarioError[], Scenario> => {
  const lines = new LineCounter();
  // uniqueKeys off: duplicates are reported by the reader, in our words.
  const documents = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(documents) ? documents : [];
  const errors: ScenarioError[] = [];
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (!Array.isArray(documents)) {
    // An empty stream (only comments) comes back as an EmptyStream.
    errors.push({ file, ...at(0), message: 'the scenario is empty; it needs at least "name" and "steps"' });
    return E.left(errors);
  }
  for (const document of list) {
    for (const problem of [...document.errors, ...document.warnings]) {
      errors.push({ file, ...at(problem.pos[0]), message: problem.message });
    }
  }
  const [first, second] = list;
  if (second !== undefined) {
    errors.push({ file, ...at(second.range[0]), message: 'a scenario file holds one YAML document; remove the second "---" document' });
  }
  if (first === undefined) {
    errors.push({ file, ...at(0), message: 'the scenario is empty; it needs at least "name" and "steps"' });
    return E.left(errors);
  }
  if (errors.length > 0) return E.left(errors.sort(byPosition));
  const reader = new YamlReader(file, text, lines, first);
  const scenario = decodeScenario(reader, first.contents ?? undefined);
  if (reader.errors.length > 0 || scenario === undefined) return E.left([...reader.errors].sort(byPosition));
  return E.right(scenario);
};
