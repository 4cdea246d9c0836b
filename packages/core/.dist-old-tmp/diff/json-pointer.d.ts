/** RFC 6901 JSON Pointers, the `path` of every RFC 6902 operation. */
/** One reference token, escaped: `~` becomes `~0`, `/` becomes `~1` (in that order). */
export declare const escapePointerToken: (token: string) => string;
/**
 * The pointer for a list of unescaped tokens; the empty list is the whole document (`""`).
 *
 * @example
 * jsonPointer(['hosts', 'docker-host', 'networks', 'a/b']) // '/hosts/docker-host/networks/a~1b'
 */
export declare const jsonPointer: (tokens: readonly string[]) => string;
//# sourceMappingURL=json-pointer.d.ts.map