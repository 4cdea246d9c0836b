import type {
  BranchNode,
  ChainNode,
  CommandNode,
  ElseNode,
  EndNode,
  ListNode,
  Node,
  PipeNode,
  TemplateNode,
  VariableNode,
} from './ast.js';
import { nodeToString } from './ast.js';
import { goQuote, goUnquote } from './go-quote.js';
import { Lexer } from './lexer.js';
import { parseNumberLiteral } from './number-literal.js';
import type { Item, ItemType } from './token.js';
import { describeItem } from './token.js';

/**
 * A port of Go's `text/template/parse` parser: the same grammar, the same three-token
 * look-ahead and therefore the same error messages and line numbers
 * (`template: NAME:LINE: MESSAGE`).
 */

/** Raised inside the parser and turned into a value by {@link parseTree}. */
export class ParseFailure {
  constructor(readonly message: string) {}
}

/** The parsed templates: the main one under its name, plus `{{define}}`d ones. */
export type TreeSet = Map<string, ListNode>;

/**
 * Nesting bound for parenthesised pipelines and for {{if}}/{{range}}/{{with}}/{{block}},
 * counted together. Go limits parentheses to 10000 (`max expression depth exceeded`) and
 * lets Go's growable stack take deep control nesting; JavaScript's fixed stack overflows
 * near 1700 levels, so docknet stops at 1000 with a message instead.
 */
export const MAX_STACK_DEPTH = 1000;
const MAX_PIPELINE_CMDS = 100000;

type ControlContext = 'if' | 'range' | 'with';

class Parser {
  private readonly token: Item[] = [];
  private peekCount = 0;
  private vars: string[] = ['$'];
  private actionLine = 0;
  private rangeDepth = 0;
  private stackDepth = 0;
  root: ListNode | undefined;

  constructor(
    private readonly name: string,
    private readonly lex: Lexer,
    private readonly hasFunction: (name: string) => boolean,
    private readonly treeSet: TreeSet,
  ) {}

  // --- token stream -----------------------------------------------------

  private next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount]!;
  }
  private backup(): void {
    this.peekCount++;
  }
  private backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }
  private backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }
  private peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1]!;
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }
  private nextNonSpace(): Item {
    let t: Item;
    do t = this.next();
    while (t.type === 'space');
    return t;
  }
  private peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  // --- errors -----------------------------------------------------------

  errorf(message: string): never {
    this.root = undefined;
    // Go reports the line of the most recently lexed token.
    throw new ParseFailure(`template: ${this.name}:${this.token[0]?.line ?? 1}: ${message}`);
  }
  private expect(expected: ItemType, context: string): Item {
    const t = this.nextNonSpace();
    if (t.type !== expected) this.unexpected(t, context);
    return t;
  }
  private expectOneOf(e1: ItemType, e2: ItemType, context: string): Item {
    const t = this.nextNonSpace();
    if (t.type !== e1 && t.type !== e2) this.unexpected(t, context);
    return t;
  }
  private unexpected(t: Item, context: string): never {
    if (t.type === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== t.line) {
        extra = ` in action started at ${this.name}:${this.actionLine}`;
        if (t.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${describeItem(t)}${extra}`);
    }
    this.errorf(`unexpected ${describeItem(t)} in ${context}`);
  }

  // --- grammar ----------------------------------------------------------

  parse(): void {
    this.root = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'leftDelim') {
        const delim = this.next();
        if (this.nextNonSpace().type === 'define') {
          const sub = new Parser(this.name, this.lex, this.hasFunction, this.treeSet);
          sub.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeToString(n)}`);
      this.root.nodes.push(n);
    }
  }

  private parseDefinition(): void {
    const context = 'define clause';
    const nameItem = this.expectOneOf('string', 'rawString', context);
    const name = goUnquote(nameItem.val);
    if (name === undefined) this.errorf('invalid syntax');
    this.expect('rightDelim', context);
    const [list, end] = this.itemList();
    if (end.type !== 'end') this.errorf(`unexpected ${nodeToString(end)} in ${context}`);
    this.add(name, list);
  }

  private add(name: string, list: ListNode): void {
    const existing = this.treeSet.get(name);
    if (existing === undefined || isEmptyTree(existing)) {
      this.treeSet.set(name, list);
      return;
    }
    if (!isEmptyTree(list)) this.errorf(`template: multiple definition of template ${goQuote(name)}`);
  }

  private itemList(): [ListNode, EndNode | ElseNode] {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().type !== 'eof') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node {
    const t = this.nextNonSpace();
    switch (t.type) {
      case 'text':
        return { type: 'text', pos: t.pos, text: t.val };
      case 'leftDelim': {
        this.actionLine = t.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      }
      default:
        this.unexpected(t, 'input');
    }
  }

  private action(): Node {
    const t = this.nextNonSpace();
    switch (t.type) {
      case 'block':
        return this.blockControl();
      case 'break':
      case 'continue':
        return this.breakOrContinue(t);
      case 'else':
        return this.elseControl();
      case 'end':
        return { type: 'end', pos: this.expect('rightDelim', 'end').pos };
      case 'if':
        return this.control('if');
      case 'range':
        return this.control('range');
      case 'template':
        return this.templateControl();
      case 'with':
        return this.control('with');
    }
    this.backup();
    const first = this.peek();
    return { type: 'action', pos: first.pos, line: first.line, pipe: this.pipeline('command', 'rightDelim') };
  }

  private breakOrContinue(t: Item): Node {
    const word = t.type === 'break' ? 'break' : 'continue';
    const next = this.nextNonSpace();
    if (next.type !== 'rightDelim') this.unexpected(next, `{{${word}}}`);
    if (this.rangeDepth === 0) this.errorf(`{{${word}}} outside {{range}}`);
    return { type: word, pos: t.pos, line: t.line };
  }

  private pipeline(context: string, end: ItemType): PipeNode {
    const start = this.peekNonSpace();
    const pipe: PipeNode = { type: 'pipe', pos: start.pos, line: start.line, isAssign: false, decl: [], cmds: [] };
    // Declarations: "$x :=", "$x =", or in range "$i, $e :=".
    decls: for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'variable') break;
      this.next();
      const tokenAfterVariable = this.peek();
      const next = this.peekNonSpace();
      if (next.type === 'assign' || next.type === 'declare') {
        pipe.isAssign = next.type === 'assign';
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: v.val.split('.') });
        this.vars.push(v.val);
      } else if (next.type === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: v.val.split('.') });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const after = this.peekNonSpace().type;
          if (after === 'variable' || after === 'rightDelim' || after === 'rightParen') continue decls;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else if (tokenAfterVariable.type === 'space') {
        this.backup3(v, tokenAfterVariable);
      } else {
        this.backup2(v);
      }
      break;
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.type === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (t.type) {
        case 'bool':
        case 'charConstant':
        case 'complex':
        case 'dot':
        case 'field':
        case 'identifier':
        case 'number':
        case 'nil':
        case 'rawString':
        case 'string':
        case 'variable':
        case 'leftParen':
          this.backup();
          pipe.cmds.push(this.command());
          if (pipe.cmds.length > MAX_PIPELINE_CMDS) this.errorf('pipeline too long');
          break;
        default:
          this.unexpected(t, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const first = c.args[0]?.type;
      if (first === 'bool' || first === 'dot' || first === 'nil' || first === 'number' || first === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private control(context: ControlContext): BranchNode {
    const mark = this.vars.length;
    this.enterNesting();
    try {
      const pipe = this.pipeline(context, 'rightDelim');
      if (context === 'range') this.rangeDepth++;
      const [list, first] = this.itemList();
      let next = first;
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | undefined;
      if (next.type === 'else') {
        // "{{else if …}}" and "{{else with …}}" nest a new branch whose {{end}} is shared.
        if (context === 'if' && this.peek().type === 'if') {
          this.next();
          elseList = { type: 'list', pos: next.pos, nodes: [this.control('if')] };
        } else if (context === 'with' && this.peek().type === 'with') {
          this.next();
          elseList = { type: 'list', pos: next.pos, nodes: [this.control('with')] };
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== 'end') this.errorf(`expected end; found ${nodeToString(next)}`);
        }
      }
      return { type: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
    } finally {
      this.vars.length = mark;
      this.stackDepth--;
    }
  }

  /** One level deeper in {{if}}/{{range}}/{{with}}/{{block}}; see MAX_STACK_DEPTH. */
  private enterNesting(): void {
    if (this.stackDepth >= MAX_STACK_DEPTH) {
      this.errorf(`docknet: {{if}}, {{range}}, {{with}} and {{block}} nested more than ${MAX_STACK_DEPTH} deep`);
    }
    this.stackDepth++;
  }

  private elseControl(): ElseNode {
    const peek = this.peekNonSpace();
    if (peek.type === 'if' || peek.type === 'with') return { type: 'else', pos: peek.pos, line: peek.line };
    const t = this.expect('rightDelim', 'else');
    return { type: 'else', pos: t.pos, line: t.line };
  }

  private blockControl(): TemplateNode {
    const context = 'block clause';
    const t = this.nextNonSpace();
    const name = this.parseTemplateName(t, context);
    const pipe = this.pipeline(context, 'rightDelim');
    const block = new Parser(this.name, this.lex, this.hasFunction, this.treeSet);
    block.stackDepth = this.stackDepth;
    block.enterNesting();
    const [list, end] = block.itemList();
    if (end.type !== 'end') this.errorf(`unexpected ${nodeToString(end)} in ${context}`);
    block.add(name, list);
    return { type: 'template', pos: t.pos, line: t.line, name, pipe };
  }

  private templateControl(): TemplateNode {
    const context = 'template clause';
    const t = this.nextNonSpace();
    const name = this.parseTemplateName(t, context);
    let pipe: PipeNode | undefined;
    if (this.nextNonSpace().type !== 'rightDelim') {
      this.backup();
      pipe = this.pipeline(context, 'rightDelim');
    }
    return { type: 'template', pos: t.pos, line: t.line, name, pipe };
  }

  private parseTemplateName(t: Item, context: string): string {
    if (t.type === 'string' || t.type === 'rawString') {
      const s = goUnquote(t.val);
      if (s === undefined) this.errorf('invalid syntax');
      return s;
    }
    this.unexpected(t, context);
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand !== undefined) cmd.args.push(operand);
      const t = this.next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') this.backup();
      else if (t.type !== 'pipe') this.unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): Node | undefined {
    const node = this.term();
    if (node === undefined) return undefined;
    if (this.peek().type !== 'field') return node;
    const chain: ChainNode = { type: 'chain', pos: this.peek().pos, node, field: [] };
    while (this.peek().type === 'field') chain.field.push(this.next().val.slice(1));
    switch (node.type) {
      case 'field':
        return { type: 'field', pos: chain.pos, ident: nodeToString(chain).slice(1).split('.') };
      case 'variable':
        return { type: 'variable', pos: chain.pos, ident: nodeToString(chain).split('.') };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.errorf(`unexpected . after term ${goQuote(nodeToString(node))}`);
      default:
        return chain;
    }
  }

  private term(): Node | undefined {
    const t = this.nextNonSpace();
    switch (t.type) {
      case 'identifier':
        if (!this.hasFunction(t.val)) this.errorf(`function ${goQuote(t.val)} not defined`);
        return { type: 'identifier', pos: t.pos, ident: t.val };
      case 'dot':
        return { type: 'dot', pos: t.pos };
      case 'nil':
        return { type: 'nil', pos: t.pos };
      case 'variable':
        return this.useVar(t.pos, t.val);
      case 'field':
        return { type: 'field', pos: t.pos, ident: t.val.slice(1).split('.') };
      case 'bool':
        return { type: 'bool', pos: t.pos, value: t.val === 'true' };
      case 'charConstant':
      case 'complex':
      case 'number': {
        const n = parseNumberLiteral(t.val, t.type);
        if ('error' in n) this.errorf(n.error);
        return { type: 'number', pos: t.pos, text: t.val, ...n };
      }
      case 'leftParen': {
        if (this.stackDepth >= MAX_STACK_DEPTH) this.errorf('max expression depth exceeded');
        this.stackDepth++;
        try {
          return this.pipeline('parenthesized pipeline', 'rightParen');
        } finally {
          this.stackDepth--;
        }
      }
      case 'string':
      case 'rawString': {
        const s = goUnquote(t.val);
        if (s === undefined) this.errorf('invalid syntax');
        return { type: 'string', pos: t.pos, quoted: t.val, text: s };
      }
    }
    this.backup();
    return undefined;
  }

  private useVar(pos: number, name: string): VariableNode {
    const v: VariableNode = { type: 'variable', pos, ident: name.split('.') };
    if (!this.vars.includes(v.ident[0] ?? '')) this.errorf(`undefined variable ${goQuote(v.ident[0] ?? "")}`);
    return v;
  }
}

/** Go's `IsEmptyTree`: only blank text (and comments) inside. */
function isEmptyTree(list: ListNode): boolean {
  return list.nodes.every((n) => n.type === 'text' && n.text.trim() === '');
}

/**
 * Parses `text` into the tree set (`name` → root list), or returns Go's error message.
 * Functions are checked at parse time, as Go does (`function "foo" not defined`).
 */
export function parseTree(
  name: string,
  text: string,
  hasFunction: (name: string) => boolean,
): { ok: true; trees: TreeSet } | { ok: false; message: string } {
  const trees: TreeSet = new Map();
  const lex = new Lexer(text, { breakOK: !hasFunction('break'), continueOK: !hasFunction('continue') });
  const p = new Parser(name, lex, hasFunction, trees);
  try {
    p.parse();
    const root = p.root;
    if (root === undefined) return { ok: false, message: `template: ${name}: internal error` };
    const existing = trees.get(name);
    if (existing === undefined || isEmptyTree(existing)) trees.set(name, root);
    else if (!isEmptyTree(root)) {
      return { ok: false, message: `template: ${name}:1: template: multiple definition of template ${goQuote(name)}` };
    }
    return { ok: true, trees };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, message: e.message };
    // The nesting bounds keep the parser far from the stack's end; should a shape they do
    // not count still get there, the user gets a sentence, not a JavaScript error.
    if (e instanceof RangeError) return { ok: false, message: `template: ${name}: docknet: template nested too deeply` };
    throw e;
  }
}
