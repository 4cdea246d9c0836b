/**
 * `docknet replay --update`: golden updates. Rewrites each step's `stdout` expectation with
 * what the step printed; with `--update=all`, also gives one to run steps that check
 * nothing about stdout. The file is edited in place, span by span, at the positions the
 * `yaml` document API reports, so every comment, key order, quote style, blank line and
 * indentation not touched stays byte for byte; the result is parsed again and compared
 * with the intended document before it is accepted.
 */
import * as E from 'fp-ts/lib/Either.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node, type Scalar, type YAMLMap } from 'yaml';
import { normalizeOutput } from '../scenario/index.js';

/** `stdout`: rewrite existing stdout expectations; `all`: also add them where a step has none. */
export type UpdateMode = 'stdout' | 'all';

/** The edited text and what changed. */
export interface ExpectationUpdate {
  readonly text: string;
  /** Existing `stdout:` values rewritten. */
  readonly rewritten: number;
  /** `stdout:` expectations added (`all`). */
  readonly added: number;
}

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Keys that already say something about stdout: `all` leaves such a step alone. */
const STDOUT_KEYS = ['stdout', 'stdout_contains', 'stdout_matches', 'json'];

const range = (node: Node): readonly [number, number, number] => node.range ?? [0, 0, 0];

/** The offset just past the end of the line holding `offset` (past its newline, if any). */
const nextLineStart = (text: string, offset: number): number => {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
};

/** A value on one line as YAML would write it plainly (quoted only where needed), or as JSON. */
const inlineValue = (value: string, asJson: boolean): string =>
  asJson || value.includes('\n') ? JSON.stringify(value) : stringify(value, { lineWidth: 0 }).replace(/\n$/, '');

/** A `|` block scalar: the header (with an indentation indicator when the text starts indented) and the body lines. */
const blockLiteral = (value: string, parentIndent: number): { readonly header: string; readonly body: string } => {
  const indent = parentIndent + 2;
  const firstText = value.split('\n').find((l) => l !== '') ?? '';
  return {
    header: `|${firstText.startsWith(' ') ? '2' : ''}`,
    body: value
      .split('\n')
      .map((l) => (l === '' ? '' : `${' '.repeat(indent)}${l}`))
      .join('\n')
      .concat('\n'),
  };
};

/** Whether `value` is best written as a block scalar: several lines, and representable as one. */
const wantsBlock = (value: string, asJson: boolean): boolean => !asJson && value.includes('\n');

interface Context {
  readonly text: string;
  readonly column: (offset: number) => number;
  readonly splices: Splice[];
}

/** `stdout: VALUE` lines to put at `indent` (an entry of a block mapping), ending in a newline. */
const stdoutEntry = (value: string, indent: number, asJson: boolean): string => {
  const pad = ' '.repeat(indent);
  if (!wantsBlock(value, asJson)) return `${pad}stdout: ${inlineValue(value, asJson)}\n`;
  const block = blockLiteral(value, indent);
  return `${pad}stdout: ${block.header}\n${block.body}`;
};

/** Where to add lines after a block node: its end, which is a line start unless the file ends without a newline. */
const afterBlock = (ctx: Context, node: Node): { readonly at: number; readonly prefix: string } => {
  const end = range(node)[1];
  const at = ctx.text[end - 1] === '\n' || end === 0 ? end : nextLineStart(ctx.text, end);
  return { at, prefix: ctx.text[at - 1] === '\n' || at === 0 ? '' : '\n' };
};

/** Replaces the value of a `stdout:` key written at column `keyIndent`. */
const rewriteScalar = (ctx: Context, node: Scalar, keyIndent: number, value: string, inFlow: boolean, asJson: boolean): void => {
  const [start, end] = range(node);
  const wasBlock = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const json = asJson || inFlow;
  if (!wantsBlock(value, json)) {
    // A block scalar's range ends past its last line; a value on one line needs that newline back.
    ctx.splices.push({ start, end, text: `${inlineValue(value, json)}${wasBlock ? '\n' : ''}` });
    return;
  }
  const block = blockLiteral(value, keyIndent);
  if (wasBlock) {
    // The header line keeps its chomping indicator and its comment; only the style and the
    // indentation indicator follow the new text.
    const headerEnd = nextLineStart(ctx.text, start);
    const [, chompBefore = '', , chompAfter = '', rest = ''] = /^[|>]([-+]?)(\d?)([-+]?)(.*)$/.exec(ctx.text.slice(start, headerEnd).replace(/\n$/, '')) ?? [];
    const header = block.header.replace('|', `|${chompBefore}${chompAfter}`);
    ctx.splices.push({ start, end, text: `${header}${rest}\n${block.body}` });
    return;
  }
  // A one-line value may be followed by a comment on its line: the body goes after that line.
  ctx.splices.push({ start, end, text: block.header });
  const lineEnd = nextLineStart(ctx.text, end);
  const needsNewline = ctx.text[lineEnd - 1] !== '\n';
  ctx.splices.push({ start: lineEnd, end: lineEnd, text: `${needsNewline ? '\n' : ''}${block.body}` });
};

const addToExpectMap = (ctx: Context, expect: YAMLMap, value: string, asJson: boolean): void => {
  if (expect.flow === true) {
    const [start, end] = range(expect);
    const close = ctx.text.lastIndexOf('}', end);
    if (close < start) return;
    let before = close;
    while (before > start && /\s/.test(ctx.text[before - 1] ?? '')) before--;
    const empty = ctx.text[before - 1] === '{';
    ctx.splices.push({ start: before, end: before, text: `${empty ? '' : ','} stdout: ${JSON.stringify(value)}${empty ? ' ' : ''}` });
    return;
  }
  const first = expect.items[0]?.key;
  if (first === undefined || !isScalar(first)) return;
  const { at, prefix } = afterBlock(ctx, expect);
  ctx.splices.push({ start: at, end: at, text: `${prefix}${stdoutEntry(value, ctx.column(range(first)[0]), asJson)}` });
};

const addExpect = (ctx: Context, step: YAMLMap, value: string, asJson: boolean): void => {
  const first = step.items[0]?.key;
  if (first === undefined || !isScalar(first) || step.flow === true) return;
  const indent = ctx.column(range(first)[0]);
  const { at, prefix } = afterBlock(ctx, step);
  ctx.splices.push({ start: at, end: at, text: `${prefix}${' '.repeat(indent)}expect:\n${stdoutEntry(value, indent + 2, asJson)}` });
};

/** `- docker ps` becomes `- run: docker ps` with an `expect:` under it; a comment on the line stays on it. */
const expandPlainStep = (ctx: Context, step: Scalar, value: string, asJson: boolean): void => {
  const [start, end] = range(step);
  const source = ctx.text.slice(start, end);
  const run = source.includes('\n') ? JSON.stringify(String(step.value)) : source;
  const indent = ctx.column(start);
  ctx.splices.push({ start, end, text: `run: ${run}` });
  const lineEnd = nextLineStart(ctx.text, end);
  const needsNewline = ctx.text[lineEnd - 1] !== '\n';
  ctx.splices.push({
    start: lineEnd,
    end: lineEnd,
    text: `${needsNewline ? '\n' : ''}${' '.repeat(indent)}expect:\n${stdoutEntry(value, indent + 2, asJson)}`,
  });
};

const applySplices = (text: string, splices: readonly Splice[]): string => {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
};

type Plan = { readonly kind: 'rewrite' | 'add'; readonly index: number; readonly stdout: string };

/** The document as plain data, split into its steps and everything else, for comparing before and after. */
const documentData = (text: string): { readonly steps: unknown[]; readonly rest: unknown } | undefined => {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const js: unknown = doc.toJS();
  if (typeof js !== 'object' || js === null || !('steps' in js) || !Array.isArray(js.steps)) return undefined;
  const { steps, ...rest } = js as { steps: unknown[] };
  return { steps, rest };
};

/** What the updated step must read as: `{…, expect: {…, stdout}}`, stdout compared normalised. */
const intended = (step: unknown, stdout: string): unknown => {
  const map: Record<string, unknown> = typeof step === 'string' ? { run: step } : { ...(step as Record<string, unknown>) };
  const expect = typeof map['expect'] === 'object' && map['expect'] !== null ? (map['expect'] as Record<string, unknown>) : {};
  return { ...map, expect: { ...expect, stdout } };
};

const normaliseStdout = (step: unknown): unknown => {
  if (typeof step !== 'object' || step === null || !('expect' in step)) return step;
  const expect = step.expect as Record<string, unknown> | null;
  if (expect === null || typeof expect['stdout'] !== 'string') return step;
  return { ...step, expect: { ...expect, stdout: normalizeOutput(expect['stdout']) } };
};

const sameData = (a: unknown, b: unknown): boolean => {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : typeof v === 'object' && v !== null
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, x]) => [k, canonical(x)]))
        : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
};

const edit = (text: string, outputs: ReadonlyMap<number, string>, mode: UpdateMode, asJson: boolean): { readonly text: string; readonly plans: readonly Plan[] } => {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const ctx: Context = { text, column: (offset) => lines.linePos(offset).col - 1, splices: [] };
  const plans: Plan[] = [];
  const steps = doc.get('steps', true);
  if (!isSeq(steps)) return { text, plans };
  steps.items.forEach((item, index) => {
    const printed = outputs.get(index);
    if (printed === undefined) return;
    const stdout = normalizeOutput(printed);
    if (isScalar(item)) {
      if (mode !== 'all' || steps.flow === true || stdout === '') return;
      expandPlainStep(ctx, item, stdout, asJson);
      plans.push({ kind: 'add', index, stdout });
      return;
    }
    if (!isMap(item)) return;
    const expect = item.get('expect', true);
    if (isMap(expect)) {
      const current = expect.get('stdout', true);
      if (isScalar(current)) {
        if (normalizeOutput(String(current.value ?? '')) === stdout) return;
        const key = expect.items.find((p) => isScalar(p.key) && p.key.value === 'stdout')?.key;
        const keyIndent = isScalar(key) ? ctx.column(range(key)[0]) : 0;
        rewriteScalar(ctx, current, keyIndent, stdout, expect.flow === true || item.flow === true, asJson);
        plans.push({ kind: 'rewrite', index, stdout });
        return;
      }
      if (mode !== 'all' || stdout === '' || STDOUT_KEYS.some((k) => expect.has(k)) || item.flow === true) return;
      addToExpectMap(ctx, expect, stdout, asJson);
      plans.push({ kind: 'add', index, stdout });
      return;
    }
    if (mode !== 'all' || stdout === '' || expect !== undefined || item.flow === true || !item.has('run')) return;
    addExpect(ctx, item, stdout, asJson);
    plans.push({ kind: 'add', index, stdout });
  });
  return { text: applySplices(text, ctx.splices), plans };
};

/**
 * `text` (a scenario file) with its stdout expectations brought up to date with
 * `outputs` (each run step's stdout, by its index in `steps:`). Steps whose expectation
 * already holds are not touched, so a second update changes nothing. A Left means the
 * edit could not be made safely; the caller then leaves the file as it was.
 *
 * @example
 * updateExpectations('steps:\n  - run: docker ps -q\n    expect:\n      stdout: old\n', new Map([[0, 'new\n']]), 'stdout')
 * // right({ text: 'steps:\n  - run: docker ps -q\n    expect:\n      stdout: new\n', rewritten: 1, added: 0 })
 */
export const updateExpectations = (
  text: string,
  outputs: ReadonlyMap<number, string>,
  mode: UpdateMode,
): E.Either<string, ExpectationUpdate> => {
  const original = documentData(text);
  if (original === undefined) return E.left('the scenario does not parse as YAML with a steps: list');
  const before = original.steps;
  // Plain YAML first; should that not read back as intended, every value as a JSON string.
  for (const asJson of [false, true]) {
    const result = edit(text, outputs, mode, asJson);
    const edited = documentData(result.text);
    if (edited === undefined || edited.steps.length !== before.length || !sameData(edited.rest, original.rest)) continue;
    const after = edited.steps;
    const expected = before.map((step, i) => {
      const plan = result.plans.find((p) => p.index === i);
      return plan === undefined ? step : intended(step, plan.stdout);
    });
    const touched = new Set(result.plans.map((p) => p.index));
    const ok = after.every((step, i) =>
      sameData(touched.has(i) ? normaliseStdout(step) : step, touched.has(i) ? normaliseStdout(expected[i]) : expected[i]),
    );
    if (!ok) continue;
    return E.right({
      text: result.text,
      rewritten: result.plans.filter((p) => p.kind === 'rewrite').length,
      added: result.plans.filter((p) => p.kind === 'add').length,
    });
  }
  return E.left('could not rewrite the expectations without changing something else; the file is left as it was');
};
