import * as E from 'fp-ts/lib/Either.js';
import { isMap, isScalar, Scalar, type Node } from 'yaml';
import { compileJsRegex } from '../filters/regex/js-regex.js';
import { parseCommandLine } from '../shell/index.js';
import { engineName, normalizePort, Rules } from './codecs.js';
import { parseJsonPath } from './json-path.js';
import {
  DEFAULT_CLOCK,
  DEFAULT_ENGINE,
  DEFAULT_HOST_NAME,
  type Expectations,
  type HostSpec,
  type ImageSpec,
  type InterfaceSpec,
  type JsonExpectation,
  type RegexExpectation,
  type Scenario,
  type Step,
} from './scenario.js';
import type { Entry, YamlReader } from './yaml-reader.js';

const SCENARIO_KEYS = ['version', 'name', 'description', 'engine', 'seed', 'clock', 'hosts', 'images', 'steps'] as const;
const HOST_KEYS = ['name', 'interfaces'] as const;
const INTERFACE_KEYS = ['name', 'ipv4', 'mac'] as const;
const IMAGE_KEYS = ['expose', 'tools', 'cmd', 'env'] as const;
const STEP_KEYS = ['run', 'on', 'expect', 'note'] as const;
const EXPECT_KEYS = ['exit', 'stdout', 'stdout_contains', 'stdout_matches', 'stderr', 'stderr_contains', 'json'] as const;

/** Interfaces every host has already; a scenario may not declare them again. */
const RESERVED_INTERFACES = ['lo', 'docker0'];

/**
 * Turns a scenario document's root node into a Scenario, recording every problem in the
 * reader (the caller decides: any error means Left). Implements SPEC §2 key by key.
 */
export const decodeScenario = (reader: YamlReader, root: Node | undefined): Scenario | undefined => {
  if (root === undefined || (isScalar(root) && root.value === null)) {
    return reader.error(0, 'the scenario is empty; it needs at least "name" and "steps"');
  }
  const entries = reader.entries(root, 'scenario', SCENARIO_KEYS, ['name', 'steps']);
  if (entries === undefined) return undefined;
  const get = (key: (typeof SCENARIO_KEYS)[number]): Entry | undefined => entries.get(key);

  const version = get('version');
  if (version !== undefined) reader.value(version, Rules.version);
  const nameEntry = get('name');
  const name = nameEntry === undefined ? undefined : reader.value(nameEntry, Rules.nonEmptyText);
  const descriptionEntry = get('description');
  const description = descriptionEntry === undefined ? undefined : reader.value(descriptionEntry, Rules.text);
  const engineEntry = get('engine');
  let engine = DEFAULT_ENGINE;
  if (engineEntry !== undefined) {
    const node = engineEntry.value;
    if (node !== undefined && isScalar(node) && node.value === 20.1) {
      // YAML reads 20.10 as the number 20.1.
      reader.error(node, '"engine" 20.10 must be quoted ("20.10"): unquoted, YAML reads it as the number 20.1');
    } else {
      const value = reader.value(engineEntry, Rules.engine);
      if (value !== undefined) engine = engineName(value);
    }
  }
  const seedEntry = get('seed');
  const seed = seedEntry === undefined ? 0 : (reader.value(seedEntry, Rules.seed) ?? 0);
  const clockEntry = get('clock');
  const clock = clockEntry === undefined ? DEFAULT_CLOCK : (reader.value(clockEntry, Rules.clock) ?? DEFAULT_CLOCK);
  const hostsEntry = get('hosts');
  const hosts = hostsEntry === undefined ? [{ name: DEFAULT_HOST_NAME, interfaces: [] }] : decodeHosts(reader, hostsEntry);
  const imagesEntry = get('images');
  const images = imagesEntry === undefined ? {} : decodeImages(reader, imagesEntry);
  const stepsEntry = get('steps');
  const steps = stepsEntry === undefined ? [] : decodeSteps(reader, stepsEntry, hosts.map((h) => h.name));

  if (reader.errors.length > 0 || name === undefined) return undefined;
  return {
    file: reader.file,
    version: 1,
    name,
    description,
    engine,
    seed,
    clock,
    hosts,
    images,
    steps,
  };
};

const decodeHosts = (reader: YamlReader, entry: Entry): HostSpec[] => {
  const hosts: HostSpec[] = [];
  const items = reader.items(entry);
  if (items === undefined) return hosts;
  if (items.length === 0) reader.error(entry.value ?? entry.keyNode, '"hosts" must list at least one host (or be left out for the default host)');
  const seen = new Set<string>();
  for (const item of items) {
    const fields = reader.entries(item, 'host', HOST_KEYS, ['name']);
    if (fields === undefined) continue;
    const nameEntry = fields.get('name');
    const name = nameEntry === undefined ? undefined : reader.value(nameEntry, Rules.hostName, 'a host "name"');
    if (name !== undefined && nameEntry !== undefined) {
      if (seen.has(name)) reader.error(nameEntry.value ?? nameEntry.keyNode, `host "${name}" is declared twice`);
      seen.add(name);
    }
    const interfacesEntry = fields.get('interfaces');
    const interfaces = interfacesEntry === undefined ? [] : decodeInterfaces(reader, interfacesEntry);
    if (name !== undefined) hosts.push({ name, interfaces });
  }
  return hosts;
};

const decodeInterfaces = (reader: YamlReader, entry: Entry): InterfaceSpec[] => {
  const interfaces: InterfaceSpec[] = [];
  const seen = new Set<string>();
  for (const item of reader.items(entry) ?? []) {
    const fields = reader.entries(item, 'interface', INTERFACE_KEYS, ['name']);
    if (fields === undefined) continue;
    const nameEntry = fields.get('name');
    const name = nameEntry === undefined ? undefined : reader.value(nameEntry, Rules.interfaceName, 'an interface "name"');
    if (name !== undefined && nameEntry !== undefined) {
      const at = nameEntry.value ?? nameEntry.keyNode;
      if (RESERVED_INTERFACES.includes(name)) reader.error(at, `interface "${name}" exists on every host already; declare only physical interfaces`);
      else if (seen.has(name)) reader.error(at, `interface "${name}" is declared twice on this host`);
      seen.add(name);
    }
    const ipv4Entry = fields.get('ipv4');
    const ipv4 = ipv4Entry === undefined ? undefined : reader.value(ipv4Entry, Rules.ipv4Cidr);
    const macEntry = fields.get('mac');
    const mac = macEntry === undefined ? undefined : reader.value(macEntry, Rules.mac)?.toLowerCase();
    if (name !== undefined) {
      interfaces.push({ name, ...(ipv4 === undefined ? {} : { ipv4 }), ...(mac === undefined ? {} : { mac }) });
    }
  }
  return interfaces;
};

const decodeImages = (reader: YamlReader, entry: Entry): Record<string, ImageSpec> => {
  const images: Record<string, ImageSpec> = {};
  const node = entry.value;
  if (node === undefined) return images;
  const named = reader.entries(node, '"images"', []);
  for (const [reference, image] of named ?? []) {
    const valid = reader.decodeNode(image.keyNode, image.keyNode, Rules.imageReference, `image "${reference}"`);
    if (image.value === undefined || (isScalar(image.value) && image.value.value === null)) {
      if (valid !== undefined) images[reference] = {};
      continue;
    }
    const fields = reader.entries(image.value, `image "${reference}"`, IMAGE_KEYS);
    if (fields === undefined) continue;
    const spec: { -readonly [K in keyof ImageSpec]: ImageSpec[K] } = {};
    const expose = fields.get('expose');
    if (expose !== undefined) {
      spec.expose = (reader.items(expose) ?? []).flatMap((item) => {
        const port = reader.decodeNode(item, item, Rules.port, 'an exposed port');
        return port === undefined ? [] : [normalizePort(port)];
      });
    }
    const tools = fields.get('tools');
    const toolsValue = tools === undefined ? undefined : reader.value(tools, Rules.tools);
    if (toolsValue !== undefined) spec.tools = toolsValue;
    const cmd = fields.get('cmd');
    if (cmd !== undefined) {
      const words = decodeCommand(reader, cmd);
      if (words !== undefined) spec.cmd = words;
    }
    const env = fields.get('env');
    if (env !== undefined) {
      spec.env = (reader.items(env) ?? []).flatMap((item) => {
        const value = reader.decodeNode(item, item, Rules.env, 'an "env" entry');
        return value === undefined ? [] : [value];
      });
    }
    if (valid !== undefined) images[reference] = spec;
  }
  return images;
};

/** `cmd:` as a list of words, or a string split as a shell would split it. */
const decodeCommand = (reader: YamlReader, entry: Entry): string[] | undefined => {
  const node = entry.value;
  if (node !== undefined && isScalar(node) && typeof node.value === 'string') {
    const parsed = parseCommandLine(node.value);
    if (E.isLeft(parsed)) return reader.error(node, `"cmd": ${parsed.left.message}`);
    const [words, ...more] = parsed.right.stages;
    if (words === undefined || more.length > 0) return reader.error(node, '"cmd" must be one command (no pipes)');
    return words;
  }
  const items = reader.items(entry, '"cmd"');
  if (items === undefined) return undefined;
  const words = items.map((item) => reader.decodeNode(item, item, Rules.text, 'a "cmd" word'));
  return words.every((w): w is string => w !== undefined) ? words : undefined;
};

const decodeSteps = (reader: YamlReader, entry: Entry, hostNames: readonly string[]): Step[] => {
  const steps: Step[] = [];
  for (const item of reader.items(entry) ?? []) {
    const position = reader.position(item);
    if (isScalar(item) && typeof item.value === 'string') {
      if (item.value.trim() === '') reader.error(item, 'a step must not be an empty command');
      else steps.push({ kind: 'run', run: item.value, expect: { exit: 0 }, ...position });
      continue;
    }
    if (!isMap(item)) {
      reader.error(item, `a step must be a command string, or a mapping with "run" or "note"; got ${reader.describe(item)}`);
      continue;
    }
    const fields = reader.entries(item, 'step', STEP_KEYS);
    if (fields === undefined) continue;
    const note = fields.get('note');
    const run = fields.get('run');
    if (note !== undefined) {
      const extra = [run, fields.get('on'), fields.get('expect')].find((e) => e !== undefined);
      if (extra !== undefined) {
        reader.error(extra.keyNode, `a note step runs nothing, so it cannot have "${extra.key}"`);
        continue;
      }
      const text = reader.text(note.value, note.keyNode, '"note"');
      if (text !== undefined) steps.push({ kind: 'note', note: text, ...position });
      continue;
    }
    if (run === undefined) {
      reader.error(item, 'a step needs "run" (a command) or "note" (narration)');
      continue;
    }
    const command = reader.value(run, Rules.nonEmptyText, '"run"');
    const onEntry = fields.get('on');
    let on: string | undefined;
    if (onEntry !== undefined) {
      on = reader.value(onEntry, Rules.hostName, '"on"');
      if (on !== undefined && !hostNames.includes(on)) {
        reader.error(onEntry.value ?? onEntry.keyNode, `"on" names host "${on}", which is not declared (hosts: ${hostNames.join(', ')})`);
      }
    }
    const expectEntry = fields.get('expect');
    const expect = expectEntry === undefined ? { exit: 0 } : decodeExpectations(reader, expectEntry);
    if (command !== undefined && expect !== undefined) {
      steps.push({ kind: 'run', run: command, ...(on === undefined ? {} : { on }), expect, ...position });
    }
  }
  return steps;
};

/** A string or a list of strings (`stdout_contains`). */
const decodeTexts = (reader: YamlReader, entry: Entry): string[] | undefined => {
  const node = entry.value;
  if (node !== undefined && !isScalar(node)) {
    const items = reader.items(entry);
    if (items === undefined) return undefined;
    const texts = items.map((item) => reader.text(item, item, `each "${entry.key}" item`));
    return texts.every((t): t is string => t !== undefined) ? texts : undefined;
  }
  const text = reader.text(node, entry.keyNode, `"${entry.key}"`);
  return text === undefined ? undefined : [text];
};

/** `regex` or `/regex/flags`, compiled now so a bad one is a load error with a position. */
const decodeRegex = (reader: YamlReader, entry: Entry): RegexExpectation | undefined => {
  const text = reader.text(entry.value, entry.keyNode, '"stdout_matches"');
  if (text === undefined) return undefined;
  const literal = /^\/(.*)\/([dgimsuvy]*)$/s.exec(text);
  const source = literal === null ? text : (literal[1] ?? '');
  const flags = literal === null ? '' : (literal[2] ?? '').replace(/[gy]/g, '');
  try {
    new RegExp(source, flags);
  } catch (error: unknown) {
    return reader.error(entry.value ?? entry.keyNode, `"stdout_matches" is not a valid JavaScript regular expression: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Valid JavaScript; it must also fit the linear-time matcher that runs it.
  const linear = compileJsRegex(source, flags);
  if (E.isLeft(linear)) return reader.error(entry.value ?? entry.keyNode, `"stdout_matches": ${linear.left}`);
  return { source, flags };
};

const decodeJson = (reader: YamlReader, entry: Entry): JsonExpectation[] | undefined => {
  const node = entry.value;
  if (node === undefined) return reader.error(entry.keyNode, '"json" must be a mapping of JSON paths to expected values, got nothing');
  const paths = reader.entries(node, '"json"', []);
  if (paths === undefined) return undefined;
  const out: JsonExpectation[] = [];
  for (const [path, item] of paths) {
    const parsed = parseJsonPath(path);
    if (E.isLeft(parsed)) {
      const quoted = isScalar(item.keyNode) && item.keyNode.type !== Scalar.PLAIN ? 1 : 0;
      const start = (item.keyNode.range?.[0] ?? 0) + quoted + parsed.left.offset;
      reader.error(start, `invalid JSON path "${path}": ${parsed.left.message}`);
      continue;
    }
    out.push({ path, segments: parsed.right, expected: item.value === undefined ? null : reader.toJs(item.value) });
  }
  return out;
};

const decodeExpectations = (reader: YamlReader, entry: Entry): Expectations | undefined => {
  const node = entry.value;
  if (node === undefined) return { exit: 0 };
  const fields = reader.entries(node, 'expect', EXPECT_KEYS);
  if (fields === undefined) return undefined;
  const errorsBefore = reader.errors.length;
  const expectation: { -readonly [K in keyof Expectations]: Expectations[K] } = { exit: 0 };
  const exit = fields.get('exit');
  if (exit !== undefined) expectation.exit = reader.value(exit, Rules.exit) ?? 0;
  const stdout = fields.get('stdout');
  const stdoutText = stdout === undefined ? undefined : reader.text(stdout.value, stdout.keyNode, '"stdout"');
  if (stdoutText !== undefined) expectation.stdout = stdoutText;
  const stderr = fields.get('stderr');
  const stderrText = stderr === undefined ? undefined : reader.text(stderr.value, stderr.keyNode, '"stderr"');
  if (stderrText !== undefined) expectation.stderr = stderrText;
  const stdoutContains = fields.get('stdout_contains');
  const outNeedles = stdoutContains === undefined ? undefined : decodeTexts(reader, stdoutContains);
  if (outNeedles !== undefined) expectation.stdoutContains = outNeedles;
  const stderrContains = fields.get('stderr_contains');
  const errNeedles = stderrContains === undefined ? undefined : decodeTexts(reader, stderrContains);
  if (errNeedles !== undefined) expectation.stderrContains = errNeedles;
  const matches = fields.get('stdout_matches');
  const regex = matches === undefined ? undefined : decodeRegex(reader, matches);
  if (regex !== undefined) expectation.stdoutMatches = regex;
  const json = fields.get('json');
  const jsonPaths = json === undefined ? undefined : decodeJson(reader, json);
  if (jsonPaths !== undefined) expectation.json = jsonPaths;
  return reader.errors.length > errorsBefore ? undefined : expectation;
};
