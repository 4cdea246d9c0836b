import * as t from 'io-ts';
/**
 * io-ts validation errors in words: `data.subnet: expected string, got 42`. For a tagged union
 * (the usual shape of an event codec), mismatches on the tag are dropped when another member
 * got further, so the message talks about the event that was meant; if only the tag failed,
 * the type itself is unknown.
 *
 * @param prefix - a path to put in front (e.g. the field the value came from)
 */
export declare function readableErrors(errors: t.Errors, prefix?: string): string;
//# sourceMappingURL=readable-errors.d.ts.map