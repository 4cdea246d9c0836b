/**
 * `formatter.PrettyPrint` (cli `command/formatter`): the first letter upper-cased, so
 * `ready` reads `Ready` and `running` reads `Running`.
 *
 * @example
 * prettyPrint('ready') // 'Ready'
 */
export function prettyPrint(value: string): string {
  return value === '' ? '' : value.charAt(0).toUpperCase() + value.slice(1);
}
