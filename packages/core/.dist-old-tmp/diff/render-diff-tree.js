const MARKERS = { add: '+', remove: '-', replace: '~' };
const LITERAL_LOOKALIKE = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)$/;
/** A value on one line: strings bare where that cannot be misread, anything else as JSON. */
export const formatDiffValue = (value) => typeof value === 'string' && /^[^\s"'[\]{},]+$/.test(value) && !LITERAL_LOOKALIKE.test(value)
    ? value
    : JSON.stringify(value);
const segmentText = (segment, first) => {
    if (typeof segment !== 'string')
        return `[${segment.id}]`;
    if (/^[A-Za-z_][\w-]*$/.test(segment))
        return first ? segment : `.${segment}`;
    return `[${JSON.stringify(segment)}]`;
};
/** A path relative to its entity, as the scenario format's JSON paths write it (`endpoint.ipv4`, `options["a.b"]`). */
export const formatDiffPath = (path) => path.map((s, i) => segmentText(s, i === 0)).join('');
const childKey = (segment) => (typeof segment === 'string' ? `k:${segment}` : `i:${segment.id}`);
const compareChildren = (x, y) => {
    const a = x.segment;
    const b = y.segment;
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    if (a !== undefined && b !== undefined && typeof a !== 'string' && typeof b !== 'string') {
        // A removed element sorts before one added at the same position.
        return a.index - b.index || (x.change?.op === 'remove' ? -1 : y.change?.op === 'remove' ? 1 : 0);
    }
    return 0;
};
const buildTree = (changes) => {
    const root = { segment: undefined, path: [], children: new Map() };
    for (const change of changes) {
        let node = root;
        for (const segment of change.path) {
            const key = childKey(segment);
            let child = node.children.get(key);
            if (child === undefined) {
                child = { segment, path: [...node.path, segment], children: new Map() };
                node.children.set(key, child);
            }
            node = child;
        }
        node.change = change;
    }
    return root;
};
const changeText = (change) => {
    switch (change.op) {
        case 'add':
            return formatDiffValue(change.after);
        case 'remove':
            return formatDiffValue(change.before);
        case 'replace':
            return `${formatDiffValue(change.before)} → ${formatDiffValue(change.after)}`;
    }
};
/**
 * The diff as an indented tree, one line per heading or change, each ending in a newline;
 * the empty string when there is no change.
 *
 * @example
 * renderDiffTree(diffJson(a, b), { entityLabel: stateEntityLabel })
 * // ~ host docker-host
 * //   ~ container c1
 * //     ~ on network bridge
 * //       ~ endpoint.ipv4: 172.17.0.2 → 172.17.0.3
 */
export const renderDiffTree = (changes, options = {}) => {
    const label = options.entityLabel ?? (() => undefined);
    const lines = [];
    const render = (node, depth, relative) => {
        const indent = '  '.repeat(depth);
        for (const child of [...node.children.values()].sort(compareChildren)) {
            const segment = child.segment;
            if (segment === undefined)
                continue;
            const heading = label(child.path);
            const { change } = child;
            if (heading !== undefined) {
                if (change === undefined) {
                    lines.push(`${indent}~ ${heading}`);
                    render(child, depth + 1, []);
                }
                else {
                    lines.push(`${indent}${MARKERS[change.op]} ${heading}${change.op === 'replace' ? `: ${changeText(change)}` : ''}`);
                }
                continue;
            }
            const path = [...relative, segment];
            if (change === undefined)
                render(child, depth, path);
            else
                lines.push(`${indent}${MARKERS[change.op]} ${formatDiffPath(path)}: ${changeText(change)}`);
        }
    };
    const rootChange = changes.find((c) => c.path.length === 0);
    if (rootChange !== undefined)
        lines.push(`${MARKERS[rootChange.op]} (whole document): ${changeText(rootChange)}`);
    render(buildTree(changes), 0, []);
    return lines.map((l) => `${l}\n`).join('');
};
//# sourceMappingURL=render-diff-tree.js.map