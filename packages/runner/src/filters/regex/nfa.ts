import type { Assertion, BracketItem, CharClassName, CharMatcher, RegexNode } from './regex-node.js';

/**
 * A Thompson NFA as a flat program (Pike VM instructions). Matching it visits each
 * (position, instruction) pair at most once, so a search costs O(line × program) no
 * matter how the pattern is written: `(a*)*b` or `(a|a)*c` cannot make grep hang the way
 * a backtracking JavaScript RegExp would.
 */
export type Instruction =
  | { readonly op: 'char'; readonly test: (char: string) => boolean; readonly next: number }
  | { readonly op: 'split'; readonly first: number; readonly second: number }
  | { readonly op: 'jump'; readonly next: number }
  | { readonly op: 'assert'; readonly assertion: Assertion; readonly next: number }
  | { readonly op: 'match' };

/** A compiled pattern: instruction 0 is the start. */
export interface NfaProgram {
  readonly instructions: readonly Instruction[];
}

/**
 * The bound on program size. Counted repetitions are expanded (`a{1000}` is 1000 copies),
 * so this is what keeps `(x{999}){999}` from allocating a million instructions; beyond it
 * the pattern gets GNU's "Regular expression too big".
 */
export const MAX_INSTRUCTIONS = 50_000;

/** Raised by {@link compileNfa} when the program would exceed {@link MAX_INSTRUCTIONS}. */
export class ProgramTooBig {
  readonly message = 'Regular expression too big';
}

const CLASS_TESTS: Readonly<Record<CharClassName, RegExp>> = {
  alpha: /^\p{L}$/u,
  digit: /^[0-9]$/,
  alnum: /^[\p{L}\p{Nd}]$/u,
  upper: /^\p{Lu}$/u,
  lower: /^\p{Ll}$/u,
  space: /^[ \t\n\r\f\v]$/,
  blank: /^[ \t]$/,
  punct: /^[!-/:-@[-`{-~]$/,
  print: /^[^\p{Cc}]$/u,
  graph: /^[^\p{Cc}\s]$/u,
  cntrl: /^\p{Cc}$/u,
  xdigit: /^[0-9A-Fa-f]$/,
};

const inBracket = (items: readonly BracketItem[], char: string): boolean => {
  const code = char.codePointAt(0) ?? -1;
  return items.some((item) =>
    item.kind === 'class'
      ? CLASS_TESTS[item.name].test(char)
      : code >= (item.from.codePointAt(0) ?? 0) && code <= (item.to.codePointAt(0) ?? 0),
  );
};

/** A character test; with `ignoreCase` a character also matches through its other case. */
export const charTest = (matcher: CharMatcher, ignoreCase: boolean): ((char: string) => boolean) => {
  const exact = (char: string): boolean => {
    switch (matcher.kind) {
      case 'literal':
        return char === matcher.char;
      case 'any':
        return char !== '\n';
      case 'bracket':
        return inBracket(matcher.items, char) !== matcher.negated;
    }
  };
  if (!ignoreCase) return exact;
  if (matcher.kind === 'literal') {
    const lower = matcher.char.toLowerCase();
    return (char) => char.toLowerCase() === lower;
  }
  if (matcher.kind === 'bracket') {
    // [^a] with -i must reject A too: negate after folding, as GNU does.
    const positive = { ...matcher, negated: false };
    const folded = (char: string): boolean =>
      inBracket(positive.items, char) || inBracket(positive.items, char.toLowerCase()) || inBracket(positive.items, char.toUpperCase());
    return (char) => folded(char) !== matcher.negated;
  }
  return exact;
};

/**
 * Compiles a syntax tree into an NFA program.
 *
 * @throws {ProgramTooBig} past {@link MAX_INSTRUCTIONS}; callers turn it into GNU's message.
 */
export const compileNfa = (root: RegexNode, ignoreCase: boolean): NfaProgram => {
  // Instructions are mutable while patching jump targets, then frozen into the program.
  const code: Array<{ op: string; [key: string]: unknown }> = [];
  const emit = (instruction: { op: string; [key: string]: unknown }): number => {
    if (code.length >= MAX_INSTRUCTIONS) throw new ProgramTooBig();
    code.push(instruction);
    return code.length - 1;
  };

  const gen = (node: RegexNode): void => {
    switch (node.type) {
      case 'empty':
        return;
      case 'char':
        emit({ op: 'char', test: charTest(node.matcher, ignoreCase), next: code.length + 1 });
        return;
      case 'assert':
        emit({ op: 'assert', assertion: node.assertion, next: code.length + 1 });
        return;
      case 'concat':
        node.items.forEach(gen);
        return;
      case 'alt': {
        const jumps: Array<{ op: string; [key: string]: unknown }> = [];
        node.items.forEach((item, index) => {
          if (index < node.items.length - 1) {
            const split = { op: 'split', first: code.length + 1, second: -1 };
            emit(split);
            gen(item);
            const jump = { op: 'jump', next: -1 };
            emit(jump);
            jumps.push(jump);
            split.second = code.length;
          } else {
            gen(item);
          }
        });
        for (const jump of jumps) jump['next'] = code.length;
        return;
      }
      case 'repeat': {
        for (let k = 0; k < node.min; k += 1) gen(node.node);
        if (node.max === undefined) {
          const split = { op: 'split', first: code.length + 1, second: -1 };
          const loop = emit(split);
          gen(node.node);
          emit({ op: 'jump', next: loop });
          split.second = code.length;
        } else {
          const splits: Array<{ op: string; [key: string]: unknown }> = [];
          for (let k = node.min; k < node.max; k += 1) {
            const split = { op: 'split', first: code.length + 1, second: -1 };
            emit(split);
            splits.push(split);
            gen(node.node);
          }
          for (const split of splits) split['second'] = code.length;
        }
        return;
      }
    }
  };
  gen(root);
  emit({ op: 'match' });
  return { instructions: code as unknown as readonly Instruction[] };
};
