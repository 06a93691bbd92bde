import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// notFound() in a page renders the nearest not-found.tsx inside the layouts above it; the root one
// brings its own shell (it also serves unknown addresses), so a section whose layout draws the shell
// needs a not-found of its own, or its 404 page shows two headers and two main landmarks.
function layoutsWithShell(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return layoutsWithShell(p);
    return e.name === 'layout.tsx' && /<Shell\b/.test(fs.readFileSync(p, 'utf8')) ? [path.dirname(p)] : [];
  });
}

describe('404 pages inside a section', () => {
  it('every section whose layout draws the shell has a not-found without one', () => {
    const sections = layoutsWithShell(path.join(process.cwd(), 'app'));
    expect(sections.length).toBeGreaterThan(3);
    for (const dir of sections) {
      const file = path.join(dir, 'not-found.tsx');
      expect(fs.existsSync(file), `${path.relative(process.cwd(), dir)} needs a not-found.tsx`).toBe(true);
      expect(fs.readFileSync(file, 'utf8')).not.toMatch(/<Shell\b/);
    }
  });
});
