/** The report's stylesheet: readable on a phone (one column) and on a desktop (timeline beside the step). */
export const REPORT_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#ffffff}
header{padding:12px 16px;border-bottom:1px solid #d0d7de;background:#f6f8fa}
h1{font-size:1.3em;margin:0 0 4px}
h2{font-size:1.05em;margin:0}
.meta,.hint{margin:2px 0;color:#57606a;font-size:.9em}
.desc{margin:6px 0 0;max-width:60em}
.verdict.pass{color:#1a7f37;font-weight:600}
.verdict.fail{color:#cf222e;font-weight:600}
.layout{display:grid;grid-template-columns:minmax(14rem,22rem) 1fr;align-items:start}
nav.timeline{position:sticky;top:0;max-height:100vh;overflow:auto;border-right:1px solid #d0d7de;padding:8px 0}
nav.timeline ol{list-style:none;margin:0;padding:0}
nav.timeline a{display:flex;gap:6px;padding:4px 12px;color:inherit;text-decoration:none;font-size:.88em;border-left:3px solid transparent}
nav.timeline a:hover{background:#f6f8fa}
nav.timeline a[aria-current]{background:#ddf4ff;border-left-color:#0969da}
nav.timeline .n{color:#57606a;min-width:2.2em;text-align:right}
nav.timeline .t{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
nav.timeline .note .t{font-family:inherit;font-style:italic}
nav.timeline .fail .t{color:#cf222e}
main{padding:12px 16px;min-width:0}
section.step{padding-bottom:24px;border-bottom:1px solid #d0d7de;margin-bottom:16px}
.js section.step{display:none;border-bottom:none}
.js section.step.current{display:block}
.step-head{display:flex;align-items:center;gap:12px;margin-bottom:8px}
.step-head a{color:#0969da;text-decoration:none;padding:4px 8px;border:1px solid #d0d7de;border-radius:6px}
.step-head a.disabled{visibility:hidden}
pre{margin:6px 0;padding:8px 10px;background:#f6f8fa;border-radius:6px;overflow:auto;font:13px/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;white-space:pre}
pre.command{background:#1f2328;color:#ffffff}
pre.command .host{color:#8c959f}
.stderr{color:#cf222e}
.note-text{padding:8px 12px;border-left:4px solid #0969da;background:#ddf4ff;border-radius:0 6px 6px 0}
.exit{color:#57606a;font-size:.9em}
ul.checks{list-style:none;padding:0;margin:6px 0}
ul.checks li{white-space:pre-wrap;font-size:.92em}
ul.checks .ok{color:#1a7f37}
ul.checks .fail{color:#cf222e}
h3{font-size:.95em;margin:14px 0 4px;color:#57606a}
.topology{overflow:auto;border:1px solid #d0d7de;border-radius:6px;padding:4px;background:#ffffff}
.topology svg{display:block;max-width:100%;height:auto}
.diff .add{color:#1a7f37}
.diff .remove{color:#cf222e}
.diff .change{color:#9a6700}
.empty{color:#57606a;font-style:italic}
@media (max-width:800px){
  .layout{display:block}
  nav.timeline{position:static;max-height:32vh;border-right:none;border-bottom:1px solid #d0d7de}
  main{padding:10px}
  pre{font-size:12px}
  .topology svg{max-width:none}
}
`;
