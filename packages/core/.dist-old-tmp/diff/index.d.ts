/** Semantic state diffs: keyed by entity, RFC 6902 for machines, a tree for people. */
export type { ArrayItem, Change, ChangeOp, PathSegment } from './change.js';
export type { DiffOptions } from './diff-json.js';
export { diffJson } from './diff-json.js';
export { IDENTITY_FIELDS, arrayIdentities } from './array-identity.js';
export type { JsonPatchOperation } from './json-patch.js';
export { toJsonPatch } from './json-patch.js';
export { escapePointerToken, jsonPointer } from './json-pointer.js';
export type { JsonObject } from './json-shape.js';
export { isJsonArray, isJsonObject, isJsonScalar, jsonEquals } from './json-shape.js';
export { omitFields } from './omit-fields.js';
export type { DiffTreeOptions } from './render-diff-tree.js';
export { formatDiffPath, formatDiffValue, renderDiffTree } from './render-diff-tree.js';
export { stateEntityLabel } from './state-entities.js';
export { diffStates } from './diff-states.js';
export { FIELD_GROUPS, expandIgnoredFields } from './field-groups.js';
//# sourceMappingURL=index.d.ts.map