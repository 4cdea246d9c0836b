/** RFC 6901 JSON Pointers, the `path` of every RFC 6902 operation. */
/** One reference token, escaped: `~` becomes `~0`, `/` becomes `~1` (in that order). */
export const escapePointerToken = (token) => token.replaceAll('~', '~0').replaceAll('/', '~1');
/**
 * The pointer for a list of unescaped tokens; the empty list is the whole document (`""`).
 *
 * @example
 * jsonPointer(['hosts', 'docker-host', 'networks', 'a/b']) // '/hosts/docker-host/networks/a~1b'
 */
export const jsonPointer = (tokens) => tokens.map((t) => `/${escapePointerToken(t)}`).join('');
//# sourceMappingURL=json-pointer.js.map