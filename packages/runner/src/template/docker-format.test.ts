import { describe, expect, test } from 'vitest';
import { right } from 'fp-ts/lib/Either.js';
import {
  dockerTemplateErrorMessage,
  renderDockerFormat,
  renderTableHeader,
  splitTableFormat,
} from './docker-format.js';
import { parseTemplate } from './template.js';
import { goStruct } from './template-value.js';

const networkHeaders = { ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv6: 'IPV6', Internal: 'INTERNAL' };

function network(ID: string, Name: string, Driver: string) {
  return goStruct(
    '*network.networkContext',
    { ID, Name, Driver, Scope: 'local', IPv6: false, Internal: false },
    { Label: { params: ['string'], call: (k) => right(k === 'env' ? 'dev' : '') } },
  );
}
const rows = [network('0a1b2c3d4e5f', 'bridge', 'bridge'), network('1b2c3d4e5f60', 'host', 'host'), network('3d4e5f607182', 'none', 'null')];

function renderOk(format: string): string {
  const r = renderDockerFormat({ format, rows, headers: networkHeaders });
  if (r._tag === 'Left') throw new Error(r.left.message);
  return r.right;
}

describe('splitTableFormat', () => {
  test.each([
    ['table {{.ID}}\\t{{.Name}}', { table: true, body: '{{.ID}}\t{{.Name}}' }],
    ['{{.ID}}\\n', { table: false, body: '{{.ID}}\n' }],
    ['  {{.ID}}  ', { table: false, body: '{{.ID}}' }],
    ['json', { table: false, body: '{{json .}}' }],
    ['tablefoo', { table: true, body: 'foo' }],
    ['table', { table: true, body: '' }],
    ['{{.ID}}\t{{.Name}}', { table: false, body: '{{.ID}}\t{{.Name}}' }],
  ])('%j', (format, expected) => {
    expect(splitTableFormat(format)).toEqual(expected);
  });
});

describe('renderDockerFormat (docker/cli formatter.Context)', () => {
  test('the default `docker network ls` table (docker-facts §9.1)', () => {
    expect(renderOk('table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}')).toBe(
      'NETWORK ID     NAME      DRIVER    SCOPE\n' +
        '0a1b2c3d4e5f   bridge    bridge    local\n' +
        '1b2c3d4e5f60   host      host      local\n' +
        '3d4e5f607182   none      null      local\n',
    );
  });
  test('a literal backslash-t from the shell works like a tab', () => {
    expect(renderOk('table {{.Name}}\\t{{.Driver}}')).toBe(renderOk('table {{.Name}}\t{{.Driver}}'));
  });
  test('without `table`: one line per row, no header, no alignment', () => {
    expect(renderOk('{{.Name}}\t{{.Driver}}')).toBe('bridge\tbridge\nhost\thost\nnone\tnull\n');
  });
  test('`json` prints each row as a JSON object', () => {
    expect(renderOk('json').split('\n')[0]).toBe('{"ID":"0a1b2c3d4e5f","Name":"bridge","Driver":"bridge","Scope":"local","IPv6":false,"Internal":false}');
  });
  test('a table with no rows still prints its header', () => {
    const r = renderDockerFormat({ format: 'table {{.ID}}\t{{.Name}}', rows: [], headers: networkHeaders });
    expect(r).toEqual(right('NETWORK ID   NAME\n'));
  });
  test('functions keep header labels intact; pad pads them too', () => {
    expect(renderOk('table {{upper .Name}}|{{json .Driver}}|{{pad .Scope 1 1}}').split('\n').slice(0, 2)).toEqual([
      'NAME|DRIVER| SCOPE ',
      'BRIDGE|"bridge"| local ',
    ]);
  });
  test('methods such as .Label work on rows', () => {
    expect(renderOk('{{.Name}}={{.Label "env"}}').split('\n')[0]).toBe('bridge=dev');
  });
  test('a parse error is reported with Docker\'s prefix', () => {
    const r = renderDockerFormat({ format: '{{.Name}', rows, headers: networkHeaders });
    expect(r._tag === 'Left' && dockerTemplateErrorMessage(r.left)).toBe(
      'template parsing error: template: :1: unexpected "}" in operand',
    );
  });
  test('an execution error stops everything, with the same prefix', () => {
    const r = renderDockerFormat({ format: 'table {{.Name}}\t{{.Foo}}', rows, headers: networkHeaders });
    expect(r._tag === 'Left' && dockerTemplateErrorMessage(r.left)).toBe(
      'template parsing error: template: :1:12: executing "" at <.Foo>: can\'t evaluate field Foo in type *network.networkContext',
    );
  });
});

describe('renderTableHeader', () => {
  test('executes the row template on the header labels', () => {
    const t = parseTemplate('{{.ID}}\t{{.Name}}');
    if (t._tag === 'Left') throw new Error(t.left.message);
    expect(renderTableHeader(t.right, networkHeaders)).toBe('NETWORK ID\tNAME');
    expect(renderTableHeader(t.right, { '.ID': 'NETWORK ID', '.Name': 'NAME' })).toBe('NETWORK ID\tNAME');
  });
  test('an unknown placeholder shows <no value>; an error keeps the partial header', () => {
    const t = parseTemplate('{{.Name}} {{.Nope}} {{index .Name 0}} {{.Driver}}');
    if (t._tag === 'Left') throw new Error(t.left.message);
    expect(renderTableHeader(t.right, new Map([['Name', 'NAME'], ['Driver', 'DRIVER']]))).toBe('NAME <no value> 78 DRIVER');
    const bad = parseTemplate('{{.Name}} {{len 1}} {{.Driver}}');
    if (bad._tag === 'Left') throw new Error(bad.left.message);
    expect(renderTableHeader(bad.right, networkHeaders)).toBe('NAME ');
  });
});
