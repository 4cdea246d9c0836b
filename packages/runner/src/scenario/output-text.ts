/**
 * The comparison form of an output: trailing spaces and tabs removed from every line and
 * final newlines dropped (SPEC §2), so `docker ps` column padding and a YAML block
 * scalar's trailing newline never decide a result.
 *
 * @example
 * normalizeOutput('a  \nb\n\n') // 'a\nb'
 */
export const normalizeOutput = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');

/** Lines shown before and after the first difference. */
const CONTEXT = 3;

const excerpt = (lines: readonly string[], at: number): string[] => {
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(lines.length, at + CONTEXT + 1);
  const width = String(Math.max(to, at + 1)).length;
  const shown: string[] = [];
  for (let i = from; i < to; i += 1) shown.push(`${i === at ? '>' : ' '} ${String(i + 1).padStart(width)} | ${lines[i] ?? ''}`);
  if (at >= lines.length) shown.push(`> ${String(at + 1).padStart(width)} | (end of output)`);
  return shown;
};

/**
 * A readable account of how `actual` differs from `expected` (both already normalised):
 * the first differing line, marked `>`, with a few lines of context from each side.
 * Undefined when they are equal.
 */
export const describeDifference = (stream: string, expected: string, actual: string): string | undefined => {
  if (expected === actual) return undefined;
  const want = expected === '' ? [] : expected.split('\n');
  const got = actual === '' ? [] : actual.split('\n');
  let at = 0;
  while (at < want.length && at < got.length && want[at] === got[at]) at += 1;
  return [
    `${stream} differs at line ${at + 1} (expected ${want.length} line${want.length === 1 ? '' : 's'}, got ${got.length}):`,
    '  expected:',
    ...excerpt(want, at).map((l) => `    ${l}`),
    '  actual:',
    ...excerpt(got, at).map((l) => `    ${l}`),
  ].join('\n');
};
