import { it } from 'vitest';
import { renderTemplate } from '../template/index.js';
it('probe', () => {
  const cases: Record<string, string> = {
    deepIf: '{{if .}}'.repeat(20000) + 'x' + '{{end}}'.repeat(20000),
    deepParen: '{{' + '('.repeat(20000) + '.' + ')'.repeat(20000) + '}}',
    paren999: '{{' + '('.repeat(999) + '.A' + ')'.repeat(999) + '}}',
    if999: '{{if .}}'.repeat(999) + 'x' + '{{end}}'.repeat(999),
    block: '{{block "a" .}}'.repeat(3000) + 'x' + '{{end}}'.repeat(3000),
    elseif: '{{if .B}}' + '{{else if .B}}'.repeat(3000) + '{{end}}',
    pad: '{{pad "x" 100000000 0 | len}}',
    pad2: '{{pad "x" 1000000000 1000000000 | len}}',
    doubling: '{{$x := "ab"}}{{range 40}}{{$x = printf "%s%s" $x $x}}{{end}}{{len $x}}',
    bigOut: '{{range 10000}}{{printf "%1000d" 1}}{{end}}',
    manyVars: '{{$a := 1}}'.repeat(100000),
  };
  for (const [name, src] of Object.entries(cases)) {
    const t0 = process.hrtime.bigint();
    let out: string;
    try { const r = renderTemplate(src, { A: 1 }); out = r._tag === 'Left' ? `LEFT ${r.left.message.slice(0, 200)}` : `RIGHT len=${r.right.length} ${r.right.slice(0, 60)}`; } catch (e) { out = `THROW ${String(e).slice(0, 200)}`; }
    console.log(name, Number(process.hrtime.bigint() - t0) / 1e6, 'ms', out);
  }
});
