/**
 * The transcript shows at most this many characters of one step's stdout (and, apart,
 * of its stderr). A scenario that prints a 100,000-container `docker ps` still replays
 * and its expectations see every character; only the human transcript is cut, with a
 * note saying so.
 */
export const MAX_SHOWN_OUTPUT = 1024 * 1024;

/**
 * `text` as the transcript shows it: whole when short enough, else cut at the last line
 * break within {@link MAX_SHOWN_OUTPUT} characters and followed by a note.
 *
 * @example
 * capOutput('a\n'.repeat(10), 5) // 'a\na\n… docknet: output truncated: 4 of 20 characters shown'
 */
export const capOutput = (text: string, limit = MAX_SHOWN_OUTPUT): string => {
  if (text.length <= limit) return text;
  const lineEnd = text.lastIndexOf('\n', limit - 1);
  const shown = lineEnd > 0 ? text.slice(0, lineEnd + 1) : text.slice(0, limit);
  return `${shown}${shown.endsWith('\n') ? '' : '\n'}… docknet: output truncated: ${shown.length} of ${text.length} characters shown`;
};
