import type { Assertion } from './regex-node.js';
import type { NfaProgram } from './nfa.js';

/** A match as code-point offsets `[start, end)` into the subject. */
export interface MatchSpan {
  readonly start: number;
  readonly end: number;
}

const WORD = /^[\p{L}\p{Nd}_]$/u;
const isWordAt = (chars: readonly string[], index: number): boolean => {
  const c = chars[index];
  return c !== undefined && WORD.test(c);
};

const JS_WORD = /^[A-Za-z0-9_]$/;
const isJsWordAt = (chars: readonly string[], index: number): boolean => {
  const c = chars[index];
  return c !== undefined && JS_WORD.test(c);
};
/** JavaScript's LineTerminator, which `^` and `$` honour under the `m` flag. */
const isLineTerminator = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

const holds = (assertion: Assertion, chars: readonly string[], at: number): boolean => {
  const before = isWordAt(chars, at - 1);
  const after = isWordAt(chars, at);
  switch (assertion) {
    case 'bol': return at === 0;
    case 'eol': return at === chars.length;
    case 'word-start': return !before && after;
    case 'word-end': return before && !after;
    case 'word-boundary': return before !== after;
    case 'not-word-boundary': return before === after;
    case 'not-word-before': return !before;
    case 'not-word-after': return !after;
    case 'line-start': return at === 0 || isLineTerminator(chars[at - 1]);
    case 'line-end': return at === chars.length || isLineTerminator(chars[at]);
    case 'js-word-boundary': return isJsWordAt(chars, at - 1) !== isJsWordAt(chars, at);
    case 'not-js-word-boundary': return isJsWordAt(chars, at - 1) === isJsWordAt(chars, at);
  }
};

/**
 * Finds the leftmost-longest match at or after `from` — POSIX semantics, which is what
 * GNU grep -o prints (`echo abcd | grep -oE 'a|ab'` prints `ab`, where a JavaScript
 * RegExp would stop at `a`).
 *
 * Pike VM: threads are kept in order of their start offset, and an instruction already
 * reached at this position by an earlier-starting thread is not entered again, because
 * that thread's future is identical and its match would be further left. Cost is
 * O((chars − from) × instructions). With `anyMatch`, the first match found is returned
 * (not necessarily the longest), which is all a line test needs.
 */
export const searchNfa = (program: NfaProgram, chars: readonly string[], from: number, anyMatch = false): MatchSpan | undefined => {
  const { instructions } = program;
  let best: MatchSpan | undefined;
  let current: Array<{ pc: number; start: number }> = [];
  let seen = new Uint8Array(instructions.length);

  const add = (list: Array<{ pc: number; start: number }>, pc: number, start: number, at: number): void => {
    // An explicit stack, not recursion: a long pattern must not overflow the JS stack.
    const stack = [pc];
    while (stack.length > 0) {
      const p = stack.pop() ?? 0;
      if (seen[p] === 1) continue;
      seen[p] = 1;
      const ins = instructions[p];
      if (ins === undefined) continue;
      switch (ins.op) {
        case 'jump':
          stack.push(ins.next);
          break;
        case 'split':
          stack.push(ins.second, ins.first);
          break;
        case 'assert':
          if (holds(ins.assertion, chars, at)) stack.push(ins.next);
          break;
        case 'match':
          if (best === undefined || start < best.start || (start === best.start && at > best.end)) best = { start, end: at };
          break;
        case 'char':
          list.push({ pc: p, start });
          break;
      }
    }
  };

  for (let at = from; at <= chars.length; at += 1) {
    if (best === undefined) add(current, 0, at, at);
    // A yes/no question (grep without -o) needs no longest match.
    if (anyMatch && best !== undefined) return best;
    if (current.length === 0 && best !== undefined) break;
    if (at === chars.length) break;
    const char = chars[at] ?? '';
    const next: Array<{ pc: number; start: number }> = [];
    seen = new Uint8Array(instructions.length);
    for (const thread of current) {
      if (best !== undefined && thread.start > best.start) continue;
      const ins = instructions[thread.pc];
      if (ins?.op === 'char' && ins.test(char)) add(next, ins.next, thread.start, at + 1);
    }
    // `seen` now describes `next`, so the new start thread added on the next round
    // does not re-enter instructions that an earlier start already holds.
    current = next;
  }
  return best;
};
