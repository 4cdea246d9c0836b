/**
 * `docknet log --repair`: the one damage docknet repairs is a truncated last line (a
 * crash during an append), and only when asked. Everything else a reader refuses stays
 * refused: dropping a bad line in the middle would silently lose history.
 */
import * as E from 'fp-ts/lib/Either.js';
import { EventBodyC, formatLogError, readEventLog } from '@docknet/core';

/** What a repair did, or that nothing needed doing. */
export type RepairOutcome =
  | { readonly kind: 'intact'; readonly events: number }
  | { readonly kind: 'repaired'; readonly text: string; readonly line: number; readonly excerpt: string; readonly events: number };

/**
 * The log text without its incomplete last line, checked to read cleanly afterwards; a
 * Left (with the reader's message) when the damage is anything else.
 *
 * @example
 * repairEventLog('{"kind":"docknet-events",…}\n{"seq":1,…}\n{"seq":2,"at":"20')
 * // right({ kind: 'repaired', text: '…{"seq":1,…}\n', line: 3, excerpt: '{"seq":2,"at":"20', events: 1 })
 */
export const repairEventLog = (text: string, file: string): E.Either<string, RepairOutcome> => {
  const read = readEventLog(text, EventBodyC);
  if (E.isRight(read)) return E.right({ kind: 'intact', events: read.right.events.length });
  const error = read.left;
  if (error.kind !== 'truncated') {
    return E.left(`${formatLogError(error, file)}\n${file}: only an incomplete last line can be repaired; this log needs a person`);
  }
  if (error.line === 1) return E.left(`${file}:1: the header itself is incomplete; there is nothing to keep`);
  const kept = text.slice(0, text.lastIndexOf('\n') + 1);
  const reread = readEventLog(kept, EventBodyC);
  if (E.isLeft(reread)) return E.left(formatLogError(reread.left, file));
  return E.right({ kind: 'repaired', text: kept, line: error.line, excerpt: error.excerpt, events: reread.right.events.length });
};
