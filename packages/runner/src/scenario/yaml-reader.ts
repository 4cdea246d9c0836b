import * as E from 'fp-ts/lib/Either.js';
import { isAlias, isMap, isNode, isScalar, isSeq, Scalar, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { ValueRule } from './codecs.js';
import type { ScenarioError } from './scenario-error.js';
import { suggestKey } from './suggest-key.js';

/** A mapping entry whose key is known: the key text, the key node and the value node. */
export interface Entry {
  readonly key: string;
  readonly keyNode: Node;
  readonly value: Node | undefined;
}

/** Where to point when a node has no range (an empty value): a node, or a raw offset. */
export type Anchor = Node | number;

/**
 * Reads a YAML document with positions: every problem found becomes a ScenarioError at
 * the line and column of the node it concerns (via the yaml package's node ranges and
 * LineCounter). Methods return `undefined` after recording an error, so the caller keeps
 * going and reports every problem of a file in one pass.
 */
export class YamlReader {
  readonly errors: ScenarioError[] = [];

  constructor(
    readonly file: string,
    private readonly source: string,
    private readonly lines: LineCounter,
    private readonly doc: Document,
  ) {}

  /** 1-based line and column of a node's start (or of an offset). */
  position(at: Anchor): { line: number; column: number } {
    const offset = typeof at === 'number' ? at : (at.range?.[0] ?? 0);
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  error(at: Anchor, message: string): undefined {
    this.errors.push({ file: this.file, ...this.position(at), message });
    return undefined;
  }

  /** Follows an alias to its node; an unknown alias is an error. */
  resolve(node: Node | undefined | null): Node | undefined {
    if (node === undefined || node === null) return undefined;
    if (!isAlias(node)) return node;
    const target = node.resolve(this.doc);
    if (target === undefined) return this.error(node, `unknown alias "*${node.source}"`);
    return target;
  }

  /** A plain-language name for what a node holds, for "got …" in messages. */
  describe(node: Node | undefined): string {
    if (node === undefined || (isScalar(node) && node.value === null)) return 'nothing';
    if (isMap(node)) return 'a mapping';
    if (isSeq(node)) return 'a list';
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') return JSON.stringify(v);
      return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the boolean' : 'the value'} ${this.sourceOf(node)}`;
    }
    return 'an unsupported value';
  }

  /** The text a scalar was written as (`010` stays `010`, where the value is 10). */
  sourceOf(node: Node): string {
    const [start, end] = node.range ?? [0, 0];
    return this.source.slice(start, end).trim();
  }

  /**
   * The entries of a mapping, in order, after checking its keys: keys must be plain
   * strings, known (`unknown key "expct" in step (did you mean "expect"?)`), and not
   * repeated; required keys must be present. `context` names the mapping in messages.
   */
  entries(node: Node, context: string, known: readonly string[], required: readonly string[] = []): Map<string, Entry> | undefined {
    if (!isMap(node)) return this.error(node, `${context} must be a mapping, got ${this.describe(node)}`);
    const found = new Map<string, Entry>();
    for (const pair of node.items as Array<Pair<unknown, unknown>>) {
      const keyNode = isNode(pair.key) ? this.resolve(pair.key) : undefined;
      const valueNode = isNode(pair.value) ? this.resolve(pair.value) : undefined;
      const anchor: Anchor = keyNode ?? (isNode(pair.value) ? pair.value : node);
      if (keyNode === undefined || !isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
        this.error(anchor, `${context} keys must be plain names, got ${this.describe(keyNode)}`);
        continue;
      }
      const key = typeof keyNode.value === 'string' ? keyNode.value : this.sourceOf(keyNode);
      const first = found.get(key);
      if (first !== undefined) {
        this.error(keyNode, `duplicate key "${key}" in ${context} (first given at line ${this.position(first.keyNode).line})`);
        continue;
      }
      if (known.length > 0 && !known.includes(key)) {
        const suggestion = suggestKey(key, known);
        const hint = suggestion === undefined ? `; known keys: ${known.join(', ')}` : ` (did you mean "${suggestion}"?)`;
        this.error(keyNode, `unknown key "${key}" in ${context}${hint}`);
        continue;
      }
      found.set(key, { key, keyNode, value: valueNode });
    }
    for (const key of required) {
      if (!found.has(key)) this.error(node, `${context} is missing the required key "${key}"`);
    }
    return found;
  }

  /** Decodes a value with an io-ts rule; a failure reads `"seed" must be an integer, got "x"`. */
  value<A>(entry: Entry, rule: ValueRule<A>, label = `"${entry.key}"`): A | undefined {
    return this.decodeNode(entry.value, entry.keyNode, rule, label);
  }

  decodeNode<A>(node: Node | undefined, fallback: Anchor, rule: ValueRule<A>, label: string): A | undefined {
    const decoded = rule.codec.decode(this.toJs(node));
    if (E.isRight(decoded)) return decoded.right;
    return this.error(node ?? fallback, `${label} must be ${rule.expected}, got ${this.describe(node)}`);
  }

  /** The items of a list; anything else is an error. */
  items(entry: Entry, label = `"${entry.key}"`): Node[] | undefined {
    const node = entry.value;
    if (node === undefined || !isSeq(node)) return this.error(node ?? entry.keyNode, `${label} must be a list, got ${this.describe(node)}`);
    return node.items.flatMap((item) => {
      const resolved = isNode(item) ? this.resolve(item) : undefined;
      return resolved === undefined ? [] : [resolved];
    });
  }

  /**
   * Text written as a scalar. Outputs like `stdout: 3` are numbers to YAML but text to
   * the user, so a plain number or boolean counts as the text it was written as.
   */
  text(node: Node | undefined, fallback: Anchor, label: string): string | undefined {
    if (node !== undefined && isScalar(node)) {
      if (typeof node.value === 'string') return node.value;
      if ((typeof node.value === 'number' || typeof node.value === 'boolean') && node.type === Scalar.PLAIN) return this.sourceOf(node);
    }
    return this.error(node ?? fallback, `${label} must be a string, got ${this.describe(node)}`);
  }

  /** The plain JavaScript value of a node (aliases resolved); undefined for an empty value. */
  toJs(node: Node | undefined): unknown {
    if (node === undefined) return undefined;
    try {
      return node.toJS(this.doc, { maxAliasCount: 100 });
    } catch (error: unknown) {
      // yaml throws on alias cycles and alias bombs; report, never crash.
      this.error(node, error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }
}
