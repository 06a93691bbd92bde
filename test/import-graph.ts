import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const EXTENSIONS = ['.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];
// Value imports only: `import type` and `export type` vanish at build time.
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export type ImportEdge = { from: string; specifier: string; names: string };

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

/**
 * Every project file reachable from `entries` through value imports (static and dynamic), with each
 * import statement seen on the way (packages are leaves).
 */
export function reachable(entries: string[]): { files: Set<string>; edges: ImportEdge[] } {
  const files = new Set<string>();
  const edges: ImportEdge[] = [];
  const queue = entries.map((e) => path.resolve(root, e));
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(IMPORT)) {
      const specifier = m[1] ?? m[2]!;
      edges.push({ from: path.relative(root, file), specifier, names: m[0] });
      const next = resolve(file, specifier);
      if (next) queue.push(next);
    }
  }
  return { files, edges };
}

export const projectPath = (...p: string[]) => path.join(root, ...p);
