// Size and comment figures for the tree: the largest source files and the share of comment lines per
// folder. Usage: node scripts/code-stats.mjs [dir] (default: this checkout).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? '.');
const SKIP = new Set(['node_modules', '.next', '.git', 'data', 'migrations', 'test-results', 'playwright-report']);
const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(ts|tsx|mjs|js)$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p);
  }
})(root);

const folders = new Map();
const sizes = [];
for (const f of files) {
  const rel = path.relative(root, f);
  const lines = fs.readFileSync(f, 'utf8').split('\n');
  let comments = 0;
  let inBlock = false;
  for (const raw of lines) {
    const l = raw.trim();
    if (inBlock) {
      comments++;
      if (l.includes('*/')) inBlock = false;
    } else if (l.startsWith('//') || l.startsWith('{/*')) comments++;
    else if (l.startsWith('/*')) {
      comments++;
      inBlock = !l.includes('*/');
    }
  }
  const parts = rel.split(path.sep);
  const two = parts.slice(0, 2).join('/');
  const key =
    parts.length === 1
      ? '.'
      : (parts[0] === 'lib' || parts[0] === 'db') && parts.length > 2 && fs.statSync(path.join(root, two)).isDirectory()
        ? two
        : parts[0];
  const agg = folders.get(key) ?? { files: 0, lines: 0, comments: 0 };
  agg.files++;
  agg.lines += lines.length;
  agg.comments += comments;
  folders.set(key, agg);
  sizes.push({ rel, lines: lines.length, longest: Math.max(...lines.map((l) => l.length)) });
}

console.log('| largest files | lines |\n| --- | ---: |');
for (const s of sizes.sort((a, b) => b.lines - a.lines).slice(0, 12)) console.log(`| ${s.rel} | ${s.lines} |`);
console.log('\n| folder | files | lines | comment lines | ratio |\n| --- | ---: | ---: | ---: | ---: |');
let t = { files: 0, lines: 0, comments: 0 };
for (const [k, v] of [...folders].sort()) {
  console.log(`| ${k} | ${v.files} | ${v.lines} | ${v.comments} | ${((100 * v.comments) / v.lines).toFixed(1)}% |`);
  t = { files: t.files + v.files, lines: t.lines + v.lines, comments: t.comments + v.comments };
}
console.log(`| **all** | ${t.files} | ${t.lines} | ${t.comments} | ${((100 * t.comments) / t.lines).toFixed(1)}% |`);
