/**
 * The state of a freshly created container, built field by field.
 *
 * Why not `{ ...record, status: 'created', … }`: V8 copies a spread of this many fields
 * through a slow generic path (~15 µs per container, measured in bench/), and the result
 * is a dictionary-mode object that makes every later read and write slow too. A literal
 * with every field gives all containers one hidden class. The `satisfies` check and the
 * test beside this file keep the list complete when the record codec grows.
 */
import type { Attachment, ContainerState } from '../state/container.js';
import type { ContainerRecord } from '../state/records.js';
/** A `created` container from its record, with `attachments` (by network id) as given. */
export declare const newContainer: (record: Omit<ContainerRecord, 'attachments'>, attachments: Map<string, Attachment>) => ContainerState;
//# sourceMappingURL=new-container.d.ts.map