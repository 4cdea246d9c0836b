/**
 * A backtracking matcher for the JavaScript patterns a finite automaton cannot run
 * (back-references, lookaround), with a step budget instead of a clock: every
 * instruction executed counts, and a search that spends its budget gives up with a
 * verdict of its own, so no pattern can make a replay hang. The backtrack stack is an
 * array, not the JavaScript call stack, so long subjects cannot overflow it.
 */
import { charTest, MAX_INSTRUCTIONS, ProgramTooBig } from './nfa.js';
import type { Assertion } from './regex-node.js';
import type { JsNode } from './parse-js-regex.js';

type Instruction =
  | { op: 'char'; test: (char: string) => boolean; next: number }
  | { op: 'split'; first: number; second: number }
  | { op: 'jump'; next: number }
  | { op: 'save'; slot: number; next: number }
  | { op: 'assert'; assertion: Assertion; next: number }
  | { op: 'backref'; index: number; next: number }
  /** Runs `start…` (ending in `match`) as a sub-search at the current position. */
  | { op: 'look'; behind: boolean; negated: boolean; start: number; next: number }
  /** Remembers where a loop iteration began; `progress` fails an iteration that matched nothing. */
  | { op: 'mark'; register: number; next: number }
  | { op: 'progress'; register: number; next: number }
  | { op: 'match' };

interface Program {
  readonly code: readonly Instruction[];
  readonly slots: number;
  readonly registers: number;
}

/** What a bounded search found: a match, none, or nothing decided within the budget. */
export type BoundedVerdict = 'match' | 'no-match' | 'gave-up';

const compile = (root: JsNode, groups: number, ignoreCase: boolean): Program => {
  const code: Instruction[] = [];
  let registers = 0;
  const emit = (instruction: Instruction): Instruction => {
    if (code.length >= MAX_INSTRUCTIONS) throw new ProgramTooBig();
    code.push(instruction);
    return instruction;
  };
  const here = (): number => code.length;

  const gen = (node: JsNode): void => {
    switch (node.type) {
      case 'empty':
        return;
      case 'char':
        emit({ op: 'char', test: charTest(node.matcher, ignoreCase), next: here() + 1 });
        return;
      case 'assert':
        emit({ op: 'assert', assertion: node.assertion, next: here() + 1 });
        return;
      case 'backref':
        emit({ op: 'backref', index: node.index, next: here() + 1 });
        return;
      case 'group':
        if (node.index === undefined) return gen(node.node);
        emit({ op: 'save', slot: 2 * node.index, next: here() + 1 });
        gen(node.node);
        emit({ op: 'save', slot: 2 * node.index + 1, next: here() + 1 });
        return;
      case 'look': {
        const look = emit({ op: 'look', behind: node.behind, negated: node.negated, start: here() + 1, next: -1 });
        gen(node.node);
        emit({ op: 'match' });
        if (look.op === 'look') look.next = here();
        return;
      }
      case 'concat':
        for (const item of node.items) gen(item);
        return;
      case 'alt': {
        const jumps: Instruction[] = [];
        node.items.forEach((item, index) => {
          if (index === node.items.length - 1) return gen(item);
          const split = emit({ op: 'split', first: here() + 1, second: -1 });
          gen(item);
          jumps.push(emit({ op: 'jump', next: -1 }));
          if (split.op === 'split') split.second = here();
        });
        for (const jump of jumps) if (jump.op === 'jump') jump.next = here();
        return;
      }
      case 'repeat': {
        for (let k = 0; k < node.min; k += 1) gen(node.node);
        const optional = (body: () => void): void => {
          const split = emit({ op: 'split', first: -1, second: -1 });
          const bodyStart = here();
          body();
          if (split.op === 'split') {
            // Greedy tries the body first; lazy tries to skip it first.
            if (node.greedy) [split.first, split.second] = [bodyStart, here()];
            else [split.first, split.second] = [here(), bodyStart];
          }
        };
        if (node.max === undefined) {
          // JavaScript rejects an iteration that matches the empty string (RepeatMatcher).
          const register = registers++;
          const loop = here();
          optional(() => {
            emit({ op: 'mark', register, next: here() + 1 });
            gen(node.node);
            emit({ op: 'progress', register, next: here() + 1 });
            emit({ op: 'jump', next: loop });
          });
        } else {
          for (let k = node.min; k < node.max; k += 1) optional(() => gen(node.node));
        }
        return;
      }
    }
  };
  gen(root);
  emit({ op: 'match' });
  return { code, slots: 2 * (groups + 1), registers };
};

const JS_WORD = /^[A-Za-z0-9_]$/;
const isLineTerminator = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
const wordAt = (chars: readonly string[], i: number): boolean => JS_WORD.test(chars[i] ?? '');

const holds = (assertion: Assertion, chars: readonly string[], at: number): boolean => {
  switch (assertion) {
    case 'bol': return at === 0;
    case 'eol': return at === chars.length;
    case 'line-start': return at === 0 || isLineTerminator(chars[at - 1]);
    case 'line-end': return at === chars.length || isLineTerminator(chars[at]);
    case 'js-word-boundary': return wordAt(chars, at - 1) !== wordAt(chars, at);
    case 'not-js-word-boundary': return wordAt(chars, at - 1) === wordAt(chars, at);
    default: return false; // POSIX-only assertions never come from a JavaScript pattern
  }
};

/** One thread's state, restored on backtracking. */
interface Thread {
  readonly pc: number;
  readonly at: number;
  readonly slots: readonly number[];
  readonly registers: readonly number[];
}

class Budget {
  constructor(public left: number) {}
}

/**
 * Runs `program` from `start` at position `at`; `end`, when given, is where the match
 * must stop (lookbehind). Returns the slots of the first match in JavaScript's priority
 * order, undefined if none, or 'gave-up' when the budget ran out.
 */
const run = (
  program: Program,
  chars: readonly string[],
  start: number,
  at: number,
  slots: readonly number[],
  ignoreCase: boolean,
  budget: Budget,
  end?: number,
): readonly number[] | undefined | 'gave-up' => {
  const stack: Thread[] = [{ pc: start, at, slots, registers: new Array<number>(program.registers).fill(-1) }];
  while (stack.length > 0) {
    const thread = stack.pop();
    if (thread === undefined) break;
    let { pc, at: sp } = thread;
    let current = thread.slots;
    let registers = thread.registers;
    for (;;) {
      if (--budget.left < 0) return 'gave-up';
      const ins = program.code[pc];
      if (ins === undefined) break;
      if (ins.op === 'match') {
        if (end === undefined || sp === end) return current;
        break;
      }
      if (ins.op === 'char') {
        const c = chars[sp];
        if (c === undefined || !ins.test(c)) break;
        sp += 1;
        pc = ins.next;
      } else if (ins.op === 'split') {
        stack.push({ pc: ins.second, at: sp, slots: current, registers });
        pc = ins.first;
      } else if (ins.op === 'jump') {
        pc = ins.next;
      } else if (ins.op === 'save') {
        const copy = [...current];
        copy[ins.slot] = sp;
        current = copy;
        pc = ins.next;
      } else if (ins.op === 'assert') {
        if (!holds(ins.assertion, chars, sp)) break;
        pc = ins.next;
      } else if (ins.op === 'mark') {
        const copy = [...registers];
        copy[ins.register] = sp;
        registers = copy;
        pc = ins.next;
      } else if (ins.op === 'progress') {
        if (registers[ins.register] === sp) break;
        pc = ins.next;
      } else if (ins.op === 'backref') {
        const from = current[2 * ins.index] ?? -1;
        const to = current[2 * ins.index + 1] ?? -1;
        // An unset group matches the empty string, as in JavaScript.
        let ok = true;
        if (from >= 0 && to >= from) {
          for (let k = 0; k < to - from; k += 1) {
            const a = chars[from + k];
            const b = chars[sp + k];
            if (b === undefined || a === undefined || (ignoreCase ? a.toLowerCase() !== b.toLowerCase() : a !== b)) {
              ok = false;
              break;
            }
          }
          if (ok) sp += to - from;
        }
        if (!ok) break;
        pc = ins.next;
      } else {
        let found: readonly number[] | undefined | 'gave-up';
        if (ins.behind) {
          // Some start at or before here from which the body ends exactly here.
          found = undefined;
          for (let from = sp; from >= 0 && found === undefined; from -= 1) {
            found = run(program, chars, ins.start, from, current, ignoreCase, budget, sp);
          }
        } else {
          found = run(program, chars, ins.start, sp, current, ignoreCase, budget);
        }
        if (found === 'gave-up') return found;
        if ((found !== undefined) === ins.negated) break;
        // A positive lookaround keeps its captures, as in JavaScript.
        if (found !== undefined && !ins.negated) current = found;
        pc = ins.next;
      }
    }
  }
  return undefined;
};

/** A compiled backtracking matcher. */
export interface BoundedMatcher {
  /** Whether the pattern matches anywhere in `text`, within `steps` instructions. */
  readonly test: (text: string, steps: number) => BoundedVerdict;
}

/**
 * Compiles a pattern for the bounded backtracking matcher.
 *
 * @throws {ProgramTooBig} when repetitions expand past {@link MAX_INSTRUCTIONS}.
 */
export const compileBacktracking = (root: JsNode, groups: number, ignoreCase: boolean): BoundedMatcher => {
  const program = compile(root, groups, ignoreCase);
  return {
    test: (text, steps) => {
      const chars = Array.from(text);
      const budget = new Budget(steps);
      const empty = new Array<number>(program.slots).fill(-1);
      for (let at = 0; at <= chars.length; at += 1) {
        const found = run(program, chars, 0, at, empty, ignoreCase, budget);
        if (found === 'gave-up') return 'gave-up';
        if (found !== undefined) return 'match';
      }
      return 'no-match';
    },
  };
};
