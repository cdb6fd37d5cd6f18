const p = JSON.parse(require('fs').readFileSync(process.argv[2]));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map();
p.samples.forEach((id, i) => { const dt = p.timeDeltas[i]; const seen = new Set(); let cur = id; while (cur !== undefined) { const n = byId.get(cur); const k = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').slice(-1)[0]; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k)||0) + dt); } cur = parent.get(cur); } });
[...incl].filter(([k]) => /sync\/|isomorphic|\.ts/.test(k) || true).sort((a,b)=>b[1]-a[1]).slice(0, 45).forEach(([k,v]) => console.log((v/1000).toFixed(0).padStart(6), k));
