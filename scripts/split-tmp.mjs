import { build } from 'esbuild';
const r = await build({ bundle: true, platform: 'node', format: 'esm', target: 'node20', legalComments: 'none', charset: 'utf8', splitting: true, entryPoints: { cli: 'src/cli/main.ts' }, outdir: '/tmp/split2', chunkNames: 'chunks/[name]-[hash]', metafile: true, logLevel: 'error', write: false });
const outs = r.metafile.outputs;
const short = (f) => f.replace(/^.*\/split2\//, '');
const graph = new Map(Object.entries(outs).map(([f, v]) => [short(f), (v.imports ?? []).filter(i => !i.external).map(i => short(i.path)).concat((v.imports ?? []).filter(i=>i.kind==='dynamic-import').map(()=>[]).flat())]));
const staticOf = (f) => (outs[Object.keys(outs).find(k => short(k) === f)].imports ?? []).filter(i => !i.external && i.kind === 'import-statement').map(i => short(i.path));
const entry = Object.keys(outs).map(short).find(f => f.startsWith('chunks/' + process.argv[2] + '-'));
const seen = new Set(); const st = ['cli.js', entry];
while (st.length) { const f = st.pop(); if (seen.has(f)) continue; seen.add(f); st.push(...staticOf(f)); }
let total = 0;
for (const f of seen) { const k = Object.keys(outs).find(x => short(x) === f); const v = outs[k]; total += v.bytes; const by = new Map(); for (const [i, x] of Object.entries(v.inputs)) { const m = i.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const key = m ? m[1] : i.split('/').slice(0, 2).join('/'); by.set(key, (by.get(key) ?? 0) + x.bytesInOutput); } console.log(String(v.bytes).padStart(8), f, [...by].sort((a,b)=>b[1]-a[1]).slice(0,6).map(([a,b])=>a+':'+Math.round(b/1000)).join(' ')); }
console.log('total', total);
