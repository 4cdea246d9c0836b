import * as E from 'fp-ts/lib/Either.js';
import { failed, ok, usageError, type FilterResult } from './filter-result.js';
import { getopt, type OptionTable } from './getopt.js';
import { joinLines, splitLines } from './lines.js';
import { quoteOperand } from './quote-operand.js';

const TABLE: OptionTable = {
  short: 'cdDf:is:uw:z',
  long: [
    { name: 'count', argument: 'none', key: 'c' },
    { name: 'repeated', argument: 'none', key: 'd' },
    { name: 'all-repeated', argument: 'optional', key: 'D' },
    { name: 'group', argument: 'optional', key: 'group' },
    { name: 'ignore-case', argument: 'none', key: 'i' },
    { name: 'unique', argument: 'none', key: 'u' },
    { name: 'skip-fields', argument: 'required', key: 'f' },
    { name: 'skip-chars', argument: 'required', key: 's' },
    { name: 'check-chars', argument: 'required', key: 'w' },
    { name: 'zero-terminated', argument: 'none', key: 'z' },
    { name: 'help', argument: 'none', key: 'help' },
    { name: 'version', argument: 'none', key: 'version' },
  ],
};

/**
 * GNU uniq on the piped input: adjacent equal lines collapse; `-c` prefixes the count as
 * `%7d `, `-d` only repeated lines, `-u` only unique lines, `-i` ignores case. An input
 * operand other than `-` is a missing file; a second operand (output file) is refused as
 * docknet has no file system.
 *
 * @example
 * uniq(['-c'], 'a\na\nb\n') // { stdout: '      2 a\n      1 b\n', stderr: '', exit: 0 }
 */
export const uniq = (args: readonly string[], input: string): FilterResult => {
  const parsed = getopt(args, TABLE);
  if (E.isLeft(parsed)) return usageError('uniq', parsed.left, 1);
  const flags = new Set<string>();
  for (const { key } of parsed.right.options) {
    if (key === 'help') return ok('Usage: uniq [OPTION]... [INPUT [OUTPUT]]\nFilter adjacent matching lines from INPUT (or standard input).\n');
    if (!'cdiu'.includes(key)) {
      const spelled = key.length === 1 ? `-${key}` : `--${key}`;
      return failed(`uniq: option ${spelled} is not supported by docknet\n`, 1);
    }
    flags.add(key);
  }
  const operands = parsed.right.operands;
  if (operands.length > 2) return usageError('uniq', `extra operand ${quoteOperand(operands[2] ?? '')}`, 1);
  const source = operands[0];
  if (source !== undefined && source !== '-') return failed(`uniq: ${source}: No such file or directory\n`, 1);
  const target = operands[1];
  if (target !== undefined && target !== '-') return failed(`uniq: cannot write ${target}: docknet has no file system\n`, 1);

  const key = (line: string): string => (flags.has('i') ? line.toLowerCase() : line);
  const groups: Array<{ line: string; count: number }> = [];
  for (const line of splitLines(input).lines) {
    const last = groups[groups.length - 1];
    if (last !== undefined && key(last.line) === key(line)) last.count += 1;
    else groups.push({ line, count: 1 });
  }
  const kept = groups.filter((g) => (!flags.has('d') || g.count > 1) && (!flags.has('u') || g.count === 1));
  return ok(joinLines(kept.map((g) => (flags.has('c') ? `${String(g.count).padStart(7)} ${g.line}` : g.line))));
};
