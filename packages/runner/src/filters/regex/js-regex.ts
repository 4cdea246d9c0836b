/**
 * `stdout_matches` patterns, JavaScript syntax, on docknet's own matchers (see
 * parse-js-regex.ts for why): the linear-time NFA whenever the pattern allows, the
 * step-bounded backtracking matcher when it needs back-references or lookaround.
 */
import * as E from 'fp-ts/lib/Either.js';
import { compileBacktracking, type BoundedVerdict } from './js-backtrack.js';
import { compileNfa, ProgramTooBig } from './nfa.js';
import { searchNfa } from './nfa-search.js';
import { parseJsRegex, toRegexNode } from './parse-js-regex.js';
import { MAX_PATTERN_LENGTH } from './posix-regex.js';

/**
 * Instructions a backtracking search may execute before it gives up (not a JavaScript
 * limit): ample for a pattern that checks a prefix twice, far below what an exponential
 * pattern needs on a long output.
 */
export const MAX_BACKTRACK_STEPS = 10_000_000;

/** A compiled `stdout_matches` pattern. */
export interface JsRegex {
  /** Whether the pattern matches anywhere in `text`, as `RegExp.prototype.test` answers; `gave-up` past the step budget. */
  readonly test: (text: string) => BoundedVerdict;
  /** Which matcher runs it: `linear` (any input, linear time) or `backtracking` (bounded by steps). */
  readonly engine: 'linear' | 'backtracking';
}

/**
 * Compiles a JavaScript pattern and its flags (`i`, `m`, `s`, `u`/`v`; `d`, `g`, `y` change
 * nothing for a yes/no test), or says why docknet cannot run it: Unicode property escapes,
 * a back-reference to a group that does not exist, patterns past {@link MAX_PATTERN_LENGTH}
 * characters or too big to compile. Matching works on code points; for patterns without
 * the `u` flag this differs from JavaScript only when `.` or a negated class meets a
 * character outside the Basic Multilingual Plane.
 *
 * @example
 * const re = compileJsRegex('^[0-9a-f]{64}$', '');
 * // Right({ engine: 'linear', test }); test('4f…') === 'match' for a 64-hex line
 */
export const compileJsRegex = (source: string, flags: string, maxSteps = MAX_BACKTRACK_STEPS): E.Either<string, JsRegex> => {
  if (source.length > MAX_PATTERN_LENGTH) return E.left(`the pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  const ignoreCase = flags.includes('i');
  const parsed = parseJsRegex(source, { ignoreCase, multiline: flags.includes('m'), dotAll: flags.includes('s') });
  if (E.isLeft(parsed)) return E.left(`${parsed.left} is not supported by docknet`);
  try {
    const linear = toRegexNode(parsed.right.node);
    if (linear !== undefined) {
      const program = compileNfa(linear, ignoreCase);
      return E.right({ engine: 'linear', test: (text) => (searchNfa(program, Array.from(text), 0, true) === undefined ? 'no-match' : 'match') });
    }
    const matcher = compileBacktracking(parsed.right.node, parsed.right.groups, ignoreCase);
    return E.right({ engine: 'backtracking', test: (text) => matcher.test(text, maxSteps) });
  } catch (error: unknown) {
    if (error instanceof ProgramTooBig) return E.left("the pattern is too big (its repetitions expand past the matcher's size limit)");
    throw error;
  }
};
