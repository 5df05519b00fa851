import fs from 'node:fs'; import YAML from 'yaml';
const dir='test/corpus/complaints'; const by={};
for (const f of fs.readdirSync(dir)) { const d=YAML.parse(fs.readFileSync(dir+'/'+f,'utf8')); for (const c of d.complaints) by[c.id]=c; }
const miss=fs.readFileSync('/tmp/acc-miss2.txt','utf8').split('\n').filter(l=>l.startsWith('miss'));
const pat=process.argv[2]||'';
for (const l of miss) { if(!l.includes(pat)) continue; const id=l.split(/\s+/)[1]; const c=by[id]; console.log(l.slice(0,400)); if(c) console.log('   TEXT:', c.text.replace(/\n/g,' '), ' TRAPS:', (c.traps||[]).join(',')); }
