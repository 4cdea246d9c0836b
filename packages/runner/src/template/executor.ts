import type {
  BranchNode,
  ChainNode,
  CommandNode,
  FieldNode,
  IdentifierNode,
  ListNode,
  Node,
  NumberNode,
  PipeNode,
  TemplateNode,
  VariableNode,
} from './ast.js';
import { right } from 'fp-ts/lib/Either.js';
import { nodeToString } from './ast.js';
import { truth } from './builtin-functions.js';
import { goPrintValue } from './go-fmt.js';
import type { FuncMap, GoFunction, ParamType } from './go-function.js';
import { goQuote } from './go-quote.js';
import type { GoValue, ValueModel } from './go-value.js';
import {
  INVALID,
  NIL_IFACE,
  NIL_PTR,
  concrete,
  element,
  goBool,
  goFloat,
  goInt,
  goString,
  indirectInterface,
  isTrue,
  sliceIndex,
  sortedKeys,
  toTemplateValue,
  typeName,
  zeroOf,
} from './go-value.js';
import { objectGet } from './template-value.js';
import type { TreeSet } from './parser.js';
import { utf8Length } from './utf8.js';

/** What Go's `missingkey` option does with a map key that is absent. */
export type MissingKey = 'default' | 'zero' | 'error';

/**
 * docknet's bound on the output of one execution and on any one string a function returns
 * (not a Go limit): 16 Mi characters. `{{pad "" 1000000000 0}}` or a doubling loop would
 * otherwise exhaust memory before any step limit is reached.
 */
export const MAX_TEMPLATE_TEXT = 16 * 1024 * 1024;

/** Everything one execution needs. */
export interface ExecContext {
  readonly name: string;
  readonly text: string;
  readonly trees: TreeSet;
  readonly funcs: FuncMap;
  readonly builtins: FuncMap;
  readonly missingKey: MissingKey;
  readonly model: ValueModel;
  readonly maxSteps: number;
  readonly maxDepth: number;
}

/** An execution error, already formatted as Go formats `ExecError`. */
export class ExecFailure {
  constructor(readonly message: string) {}
}

class BreakSignal {}
class ContinueSignal {}
const BREAK = new BreakSignal();
const CONTINUE = new ContinueSignal();

interface Variable {
  readonly name: string;
  value: GoValue;
}

/** Go's `indirect` (interfaces and pointers down to a value, stopping at nil). */
function indirect(v: GoValue): { value: GoValue; isNil: boolean } {
  let cur = v;
  while (cur.kind === 'iface') {
    if (cur.inner === undefined) return { value: cur, isNil: true };
    cur = cur.inner;
  }
  return { value: cur, isNil: cur.kind === 'nilptr' };
}

function canBeNil(t: ParamType): boolean {
  return t === 'any' || t === 'value' || t === '[]string';
}

function zeroOfParam(t: ParamType): GoValue {
  if (t === 'any') return NIL_IFACE;
  if (t === '[]string') return { kind: 'slice', items: [], type: '[]string' };
  return INVALID;
}

/** The executing state: output, variable stack and the node errors point at. */
export class Executor {
  private out: string[] = [];
  private outLength = 0;
  private vars: Variable[] = [];
  private node: Node | undefined;
  private steps = 0;
  private depth = 0;

  constructor(private readonly ctx: ExecContext) {}

  /** What has been written so far (Go keeps partial output on error). */
  output(): string {
    return this.out.join('');
  }

  run(root: ListNode, data: GoValue): void {
    this.vars = [{ name: '$', value: data }];
    this.walk(data, root);
  }

  // --- errors -----------------------------------------------------------

  private at(n: Node): void {
    this.node = n;
  }

  /** Go's `state.errorf`, with `ErrorContext`'s `NAME:LINE:COL` (COL in bytes, 0-based). */
  errorf(message: string): never {
    const name = this.ctx.name;
    const n = this.node;
    if (n === undefined) throw new ExecFailure(`template: ${name}: ${message}`);
    const before = this.ctx.text.slice(0, n.pos);
    const nl = before.lastIndexOf('\n');
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    const col = nl < 0 ? utf8Length(before) : utf8Length(before.slice(nl + 1));
    throw new ExecFailure(
      `template: ${name}:${line}:${col}: executing ${goQuote(name)} at <${nodeToString(n)}>: ${message}`,
    );
  }

  private tick(): void {
    this.steps++;
    // Not Go behaviour: a bound that keeps a pathological template from running forever.
    if (this.steps > this.ctx.maxSteps) this.errorf(`execution exceeded ${this.ctx.maxSteps} steps`);
  }

  // --- variables --------------------------------------------------------

  private mark(): number {
    return this.vars.length;
  }
  private pop(mark: number): void {
    this.vars.length = mark;
  }
  private push(name: string, value: GoValue): void {
    this.vars.push({ name, value });
  }
  private setVar(name: string, value: GoValue): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i]!;
      if (v.name === name) {
        v.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }
  private setTopVar(n: number, value: GoValue): void {
    const v = this.vars[this.vars.length - n];
    if (v !== undefined) v.value = value;
  }
  private varValue(name: string): GoValue {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i]!;
      if (v.name === name) return v.value;
    }
    this.errorf(`undefined variable: ${name}`);
  }

  // --- walking ----------------------------------------------------------

  private walk(dot: GoValue, node: Node): void {
    this.tick();
    this.at(node);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      case 'if':
      case 'with':
        this.walkIfOrWith(node, dot);
        return;
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range':
        this.walkRange(dot, node);
        return;
      case 'template':
        this.walkTemplate(dot, node);
        return;
      case 'text':
        this.write(node.text);
        return;
      default:
        this.errorf(`unknown node: ${nodeToString(node)}`);
    }
  }

  private walkIfOrWith(node: BranchNode, dot: GoValue): void {
    const mark = this.mark();
    try {
      const val = this.evalPipeline(dot, node.pipe);
      if (isTrue(indirectInterface(val))) this.walk(node.type === 'with' ? val : dot, node.list);
      else if (node.elseList !== undefined) this.walk(dot, node.elseList);
    } finally {
      this.pop(mark);
    }
  }

  private walkRange(dot: GoValue, r: BranchNode): void {
    this.at(r);
    const outer = this.mark();
    try {
      const { value: val } = indirect(this.evalPipeline(dot, r.pipe));
      const mark = this.mark();
      const decl = r.pipe.decl;
      const oneIteration = (index: GoValue, elem: GoValue): void => {
        this.tick();
        if (decl.length > 0) {
          if (r.pipe.isAssign) this.setVar(decl[0]!.ident[0]!, decl.length > 1 ? index : elem);
          else this.setTopVar(1, elem);
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(decl[1]!.ident[0]!, elem);
          else this.setTopVar(2, index);
        }
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e !== CONTINUE) throw e;
        } finally {
          this.pop(mark);
        }
      };
      let ran = false;
      try {
        switch (val.kind) {
          case 'slice':
            for (let i = 0; i < val.items.length; i++) {
              ran = true;
              oneIteration(goInt(i), sliceIndex(val, i, this.ctx.model));
            }
            break;
          case 'map':
            for (const k of sortedKeys(val.source)) {
              ran = true;
              oneIteration(goString(k), element(objectGet(val.source, k) ?? null, val.elemType, this.ctx.model));
            }
            break;
          case 'int':
            if (decl.length > 1) {
              this.errorf(`can't use ${goPrintValue(val, this.ctx.model)} to iterate over more than one variable`);
            }
            for (let i = 0; i < val.value; i++) {
              ran = true;
              oneIteration(goInt(i, val.type), goInt(i, val.type));
            }
            break;
          // A missing value ranges like an empty map. docknet also lets a nil struct field
          // (Go: a nil pointer, an error) range as empty, since views use null for nil slices.
          case 'invalid':
          case 'nilptr':
          case 'iface':
            break;
          default:
            this.errorf(`range can't iterate over ${goPrintValue(val, this.ctx.model)}`);
        }
      } catch (e) {
        if (e !== BREAK) throw e;
        return;
      }
      if (!ran && r.elseList !== undefined) this.walk(dot, r.elseList);
    } finally {
      this.pop(outer);
    }
  }

  private walkTemplate(dot: GoValue, t: TemplateNode): void {
    this.at(t);
    const tree = this.ctx.trees.get(t.name);
    if (tree === undefined) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.depth >= this.ctx.maxDepth) this.errorf(`exceeded maximum template depth (${this.ctx.maxDepth})`);
    const newDot = this.evalPipeline(dot, t.pipe);
    const saved = this.vars;
    this.vars = [{ name: '$', value: newDot }];
    this.depth++;
    try {
      this.walk(newDot, tree);
    } finally {
      this.depth--;
      this.vars = saved;
    }
  }

  // --- evaluation -------------------------------------------------------

  private evalPipeline(dot: GoValue, pipe: PipeNode | undefined): GoValue {
    if (pipe === undefined) return INVALID;
    this.at(pipe);
    let value: GoValue | undefined;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // An interface{} result is dug out to the value inside (a nil one becomes invalid).
      if (value.kind === 'iface') value = value.inner ?? INVALID;
    }
    const result = value ?? INVALID;
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0]!, result);
      else this.push(v.ident[0]!, result);
    }
    return result;
  }

  private notAFunction(args: readonly Node[], final: GoValue | undefined): void {
    if (args.length > 1 || final !== undefined) {
      this.errorf(`can't give argument to non-function ${args[0] === undefined ? '' : nodeToString(args[0])}`);
    }
  }

  private evalCommand(dot: GoValue, cmd: CommandNode, final: GoValue | undefined): GoValue {
    const first = cmd.args[0];
    if (first === undefined) this.errorf('empty command');
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return goBool(first.value);
      case 'dot':
        return dot;
      case 'nil':
        this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return goString(first.text);
    }
    this.errorf(`can't evaluate command ${goQuote(nodeToString(first))}`);
  }

  private idealConstant(c: NumberNode): GoValue {
    this.at(c);
    const t = c.text;
    const isHexInt = t.length > 2 && t[0] === '0' && (t[1] === 'x' || t[1] === 'X') && !/[pP]/.test(t);
    const isRuneInt = t[0] === "'";
    if (c.isComplex) this.errorf(`complex constant ${t} is not supported`);
    if (c.isFloat && !isHexInt && !isRuneInt && /[.eEpP]/.test(t)) return goFloat(c.float);
    if (c.isInt) return goInt(Number(c.int));
    if (c.isUint) this.errorf(`${t} overflows int`);
    return INVALID;
  }

  private evalFieldNode(dot: GoValue, field: FieldNode, args: readonly Node[] | undefined, final: GoValue | undefined): GoValue {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  private evalChainNode(dot: GoValue, chain: ChainNode, args: readonly Node[] | undefined, final: GoValue | undefined): GoValue {
    this.at(chain);
    if (chain.field.length === 0) this.errorf('internal error: no fields in evalChainNode');
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeToString(chain)}`);
    const pipe = this.evalArg(dot, undefined, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  private evalVariableNode(
    dot: GoValue,
    variable: VariableNode,
    args: readonly Node[] | undefined,
    final: GoValue | undefined,
  ): GoValue {
    this.at(variable);
    const value = this.varValue(variable.ident[0]!);
    if (variable.ident.length === 1) {
      this.notAFunction(args ?? [], final);
      return value;
    }
    return this.evalFieldChain(dot, value, variable, variable.ident.slice(1), args, final);
  }

  private evalFieldChain(
    dot: GoValue,
    receiver: GoValue,
    node: Node,
    ident: readonly string[],
    args: readonly Node[] | undefined,
    final: GoValue | undefined,
  ): GoValue {
    let r = receiver;
    for (let i = 0; i < ident.length - 1; i++) r = this.evalField(dot, ident[i]!, node, undefined, undefined, r);
    return this.evalField(dot, ident[ident.length - 1]!, node, args, final, r);
  }

  private evalFunction(
    dot: GoValue,
    node: IdentifierNode,
    cmd: Node,
    args: readonly Node[] | undefined,
    final: GoValue | undefined,
  ): GoValue {
    this.at(node);
    const name = node.ident;
    const user = this.ctx.funcs.get(name);
    const fn = user ?? this.ctx.builtins.get(name);
    if (fn === undefined) this.errorf(`${goQuote(name)} is not a defined function`);
    return this.evalCall(dot, fn, user === undefined, cmd, name, args, final);
  }

  private evalField(
    dot: GoValue,
    fieldName: string,
    node: Node,
    args: readonly Node[] | undefined,
    final: GoValue | undefined,
    receiver: GoValue,
  ): GoValue {
    if (receiver.kind === 'invalid') {
      if (this.ctx.missingKey === 'error') this.errorf(`nil data; no entry for key ${goQuote(fieldName)}`);
      return INVALID;
    }
    const typ = typeName(receiver);
    const { value: r, isNil } = indirect(receiver);
    if (r.kind === 'iface' && isNil) this.errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    if (r.kind === 'struct') {
      const method = r.methods[fieldName];
      if (method !== undefined) {
        const model = this.ctx.model;
        const fn: GoFunction = {
          params: method.params,
          call: (a) => {
            const res = method.call(...a.map((x) => (x.kind === 'iface' ? (x.inner ?? INVALID) : x)).map(toTemplateValue));
            return res._tag === 'Left' ? res : right(concrete(res.right, model));
          },
        };
        return this.evalCall(dot, fn, false, node, fieldName, args, final);
      }
    }
    const hasArgs = (args !== undefined && args.length > 1) || final !== undefined;
    switch (r.kind) {
      case 'struct': {
        const field = objectGet(r.source, fieldName);
        if (field !== undefined) {
          if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
          return field === null ? NIL_PTR : concrete(field, this.ctx.model);
        }
        break;
      }
      case 'map': {
        if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
        const found = objectGet(r.source, fieldName);
        if (found !== undefined) return element(found, r.elemType, this.ctx.model);
        switch (this.ctx.missingKey) {
          case 'zero':
            return zeroOf(r.elemType);
          case 'error':
            this.errorf(`map has no entry for key ${goQuote(fieldName)}`);
          default:
            return INVALID;
        }
      }
      case 'nilptr':
        this.errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
  }

  private evalCall(
    dot: GoValue,
    fn: GoFunction,
    isBuiltin: boolean,
    node: Node,
    name: string,
    argNodes: readonly Node[] | undefined,
    final: GoValue | undefined,
  ): GoValue {
    const args = argNodes === undefined ? [] : argNodes.slice(1);
    const numIn = args.length + (final !== undefined ? 1 : 0);
    let numFixed = args.length;
    if (fn.variadic !== undefined) {
      numFixed = fn.params.length;
      if (numIn < numFixed) {
        this.errorf(`wrong number of args for ${name}: want at least ${fn.params.length} got ${args.length}`);
      }
    } else if (numIn !== fn.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${fn.params.length} got ${numIn}`);
    }

    if (isBuiltin && (name === 'and' || name === 'or')) {
      let v: GoValue = INVALID;
      for (const a of args) {
        v = this.evalArg(dot, 'value', a);
        if (truth(v) === (name === 'or')) return v;
      }
      if (final !== undefined) v = this.validateType(final, 'value');
      return v;
    }

    const argv: GoValue[] = [];
    let i = 0;
    for (; i < numFixed && i < args.length; i++) argv.push(this.evalArg(dot, fn.params[i]!, args[i]!));
    if (fn.variadic !== undefined) for (; i < args.length; i++) argv.push(this.evalArg(dot, fn.variadic, args[i]!));
    if (final !== undefined) {
      let t: ParamType | undefined = fn.params[fn.params.length - 1];
      if (fn.variadic !== undefined) t = numIn - 1 < numFixed ? fn.params[numIn - 1] : fn.variadic;
      argv.push(this.validateType(final, t ?? 'any'));
    }

    if (isBuiltin && name === 'call') {
      // No value in template data is a function, so Go's `call` can only fail.
      const callee = argv[0] ?? INVALID;
      const calleeName = args[0] !== undefined ? nodeToString(args[0]) : goPrintValue(callee, this.ctx.model);
      const fnv = indirectInterface(callee);
      this.at(node);
      if (fnv.kind === 'invalid') this.errorf(`error calling call: call of nil`);
      this.errorf(`error calling call: non-function ${calleeName} of type ${typeName(fnv)}`);
    }

    let result: ReturnType<GoFunction['call']>;
    try {
      result = fn.call(argv, this.ctx.model);
    } catch (e) {
      // V8's "Invalid string length": the function tried to build a string past its limit.
      if (!(e instanceof RangeError)) throw e;
      result = { _tag: 'Left', left: `docknet: result longer than ${MAX_TEMPLATE_TEXT} characters` };
    }
    if (result._tag === 'Left') {
      this.at(node);
      this.errorf(`error calling ${name}: ${result.left}`);
    }
    if (result.right.kind === 'string' && result.right.value.length > MAX_TEMPLATE_TEXT) {
      this.at(node);
      this.errorf(`error calling ${name}: docknet: result longer than ${MAX_TEMPLATE_TEXT} characters`);
    }
    return result.right;
  }

  private validateType(value: GoValue, typ: ParamType | undefined): GoValue {
    if (value.kind === 'invalid') {
      if (typ === undefined) return INVALID;
      if (canBeNil(typ)) return zeroOfParam(typ);
      this.errorf(`invalid value; expected ${typ}`);
    }
    if (typ === undefined || typ === 'value' || typ === 'any') return value;
    const assignable = (v: GoValue): boolean => {
      switch (typ) {
        case 'string':
          return v.kind === 'string';
        case 'int':
          return v.kind === 'int' && v.type === 'int';
        case 'bool':
          return v.kind === 'bool';
        case '[]string':
          return v.kind === 'slice' && v.type === '[]string';
      }
    };
    if (assignable(value)) return value;
    let v: GoValue = value;
    if (value.kind === 'iface' && value.inner !== undefined) {
      v = value.inner;
      if (assignable(v)) return v;
    }
    this.errorf(`wrong type for value; expected ${typ}; got ${typeName(v)}`);
  }

  private evalArg(dot: GoValue, typ: ParamType | undefined, n: Node): GoValue {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ !== undefined && canBeNil(typ)) return zeroOfParam(typ);
        this.errorf(`cannot assign nil to ${typ ?? 'interface {}'}`);
      case 'field':
        return this.validateType(this.evalFieldNode(dot, n, [n], undefined), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, n, undefined, undefined), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, undefined, undefined), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, n, undefined, undefined), typ);
    }
    switch (typ) {
      case 'bool':
        if (n.type === 'bool') return goBool(n.value);
        this.errorf(`expected bool; found ${nodeToString(n)}`);
      case 'int':
        if (n.type === 'number' && n.isInt) return goInt(Number(n.int));
        this.errorf(`expected integer; found ${nodeToString(n)}`);
      case 'string':
        if (n.type === 'string') return goString(n.text);
        this.errorf(`expected string; found ${nodeToString(n)}`);
      case 'any':
      case 'value':
      case undefined:
        return this.evalEmptyInterface(n);
      case '[]string':
        this.errorf(`can't handle ${nodeToString(n)} for arg of type []string`);
    }
  }

  private evalEmptyInterface(n: Node): GoValue {
    this.at(n);
    switch (n.type) {
      case 'bool':
        return goBool(n.value);
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return goString(n.text);
    }
    this.errorf(`can't handle assignment of ${nodeToString(n)} to empty interface argument`);
  }

  private printValue(n: Node, v: GoValue): void {
    this.at(n);
    if (v.kind === 'invalid') {
      this.write('<no value>');
      return;
    }
    this.write(goPrintValue(v, this.ctx.model));
  }

  private write(text: string): void {
    this.outLength += text.length;
    if (this.outLength > MAX_TEMPLATE_TEXT) this.errorf(`docknet: output longer than ${MAX_TEMPLATE_TEXT} characters`);
    this.out.push(text);
  }
}
