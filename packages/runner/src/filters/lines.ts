/**
 * Input split into lines the way the text tools read it: each line without its `\n`, and
 * whether the last one had a terminating newline (GNU tools keep that difference:
 * `printf 'a\nb' | tail -n1` prints `b` with no newline, but grep and sort add one).
 */
export interface Lines {
  readonly lines: readonly string[];
  readonly lastTerminated: boolean;
}

/** Splits `input` into lines; an empty input has no lines. */
export const splitLines = (input: string): Lines => {
  if (input === '') return { lines: [], lastTerminated: true };
  const lastTerminated = input.endsWith('\n');
  const body = lastTerminated ? input.slice(0, -1) : input;
  return { lines: body.split('\n'), lastTerminated };
};

/** Joins whole lines back, each followed by `\n`. */
export const joinLines = (lines: readonly string[]): string => lines.map((line) => `${line}\n`).join('');

/**
 * Joins a slice of the original lines, keeping a missing final newline only when the
 * slice ends with the input's last line.
 */
export const joinSlice = (all: Lines, start: number, end: number): string => {
  const slice = all.lines.slice(start, end);
  if (slice.length === 0) return '';
  const text = joinLines(slice);
  return end >= all.lines.length && !all.lastTerminated ? text.slice(0, -1) : text;
};
