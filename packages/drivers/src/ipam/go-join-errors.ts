/**
 * How the daemon prints several validation errors at once (moby `joinError` /
 * `multierror.Join`): one error alone is printed trimmed; several become a `* ` list with
 * continuation lines indented by a tab.
 *
 * @example joinErrors(['a', 'b']) // '* a\n* b'
 */
export const joinErrors = (errors: readonly string[]): string => {
  const [only] = errors;
  if (errors.length === 1 && only !== undefined) return only.trim();
  return `* ${errors.map((e) => e.replaceAll('\n', '\n\t')).join('\n* ')}`;
};
