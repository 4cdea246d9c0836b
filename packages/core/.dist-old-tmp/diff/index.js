export { diffJson } from './diff-json.js';
export { IDENTITY_FIELDS, arrayIdentities } from './array-identity.js';
export { toJsonPatch } from './json-patch.js';
export { escapePointerToken, jsonPointer } from './json-pointer.js';
export { isJsonArray, isJsonObject, isJsonScalar, jsonEquals } from './json-shape.js';
export { omitFields } from './omit-fields.js';
export { formatDiffPath, formatDiffValue, renderDiffTree } from './render-diff-tree.js';
export { stateEntityLabel } from './state-entities.js';
export { diffStates } from './diff-states.js';
export { FIELD_GROUPS, expandIgnoredFields } from './field-groups.js';
//# sourceMappingURL=index.js.map