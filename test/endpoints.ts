import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// The inventory of every server action and route handler, read from the source: what the endpoint test
// checks (lib/auth/endpoints.test.ts) and what the authorization matrix walks (e2e/authorization.spec.ts).

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const ROUTE_WRAPPERS = new Set(['route']);
const ACTION_WRAPPERS = new Set(['action', 'formAction']);

export interface Endpoint {
  kind: 'route' | 'action';
  /** Repository-relative file. */
  file: string;
  /** Exported name: an HTTP method for a route handler, the action's name otherwise. */
  name: string;
  access: string;
  /** access 'partner': the API key scope it declares (a literal), else undefined. */
  scope?: string;
  /** Route handlers: the URL pattern ("/api/documents/[id]"); actions: undefined. */
  path?: string;
  /** The key used in lib/auth/public-endpoints.ts. */
  key: string;
}

export interface Inventory {
  endpoints: Endpoint[];
  /** Exports or directives that do not go through a wrapper, each with the file and the reason. */
  problems: string[];
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p, out);
    } else if (/\.(ts|tsx|js|jsx|mjs)$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

const isDirective = (s: ts.Statement, text: string) =>
  ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === text;

function directiveAtTop(statements: readonly ts.Statement[], text: string) {
  for (const s of statements) {
    if (!(ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression))) return false;
    if (s.expression.text === text) return true;
  }
  return false;
}

/** "/api/documents/[id]" from "app/api/documents/[id]/route.ts" (route groups and the file name dropped). */
export function routePath(file: string): string {
  const segments = file
    .split('/')
    .slice(1, -1)
    .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'));
  return `/${segments.join('/')}`;
}

/** A string literal property (`access`, `scope`) of a wrapper call's first argument (spreads allowed beside it). */
function literalOf(call: ts.CallExpression, name: string): string | null {
  const first = call.arguments[0];
  if (!first || !ts.isObjectLiteralExpression(first)) return null;
  for (const p of first.properties)
    if (
      ts.isPropertyAssignment(p) &&
      ts.isIdentifier(p.name) &&
      p.name.text === name &&
      ts.isStringLiteralLike(p.initializer)
    )
      return p.initializer.text;
  return null;
}
const accessOf = (call: ts.CallExpression) => literalOf(call, 'access');

function wrapperCall(init: ts.Expression | undefined, wrappers: Set<string>): ts.CallExpression | null {
  if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression)) return null;
  return wrappers.has(init.expression.text) ? init : null;
}

const isExported = (s: ts.Statement) =>
  ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

export function inventory(root: string): Inventory {
  const endpoints: Endpoint[] = [];
  const problems: string[] = [];
  const files = ['app', 'components', 'lib'].flatMap((d) =>
    fs.existsSync(path.join(root, d)) ? walk(path.join(root, d)) : [],
  );
  files.sort();
  for (const abs of files) {
    const file = path.relative(root, abs).split(path.sep).join('/');
    const text = fs.readFileSync(abs, 'utf8');
    const mayMatter = text.includes('use server') || /(^|\/)route\.[jt]sx?$/.test(file);
    if (!mayMatter) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const isRoute = /^app\/.*\/route\.[jt]sx?$/.test(file);
    const isActions = directiveAtTop(sf.statements, 'use server');

    // A 'use server' inside a function makes an inline action that no wrapper sees.
    const visit = (node: ts.Node) => {
      if (
        (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node)) &&
        node.body &&
        ts.isBlock(node.body) &&
        node.body.statements.some((s) => isDirective(s, 'use server'))
      )
        problems.push(`${file}: an inline 'use server' function; write it in an actions file with action()`);
      ts.forEachChild(node, visit);
    };
    visit(sf);
    if (!isRoute && !isActions) continue;

    for (const s of sf.statements) {
      if (ts.isExportDeclaration(s)) {
        if (s.isTypeOnly) continue;
        problems.push(`${file}: re-exports (export { … } / export *) are not allowed here; export a wrapped const`);
        continue;
      }
      if (ts.isExportAssignment(s)) {
        problems.push(`${file}: a default export is not an endpoint wrapper`);
        continue;
      }
      if (!isExported(s)) continue;
      if (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) continue;
      if (ts.isFunctionDeclaration(s)) {
        const name = s.name?.text ?? 'default';
        if (isActions || (HTTP_METHODS as readonly string[]).includes(name))
          problems.push(`${file}: ${name} is a bare function; wrap it (${isActions ? 'action()' : 'route()'})`);
        continue;
      }
      if (!ts.isVariableStatement(s)) {
        if (isActions) problems.push(`${file}: only wrapped actions may be exported from a 'use server' file`);
        continue;
      }
      for (const d of s.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) {
          problems.push(`${file}: destructured exports (export const { … } = …) are not wrapped endpoints`);
          continue;
        }
        const name = d.name.text;
        if (isRoute && !(HTTP_METHODS as readonly string[]).includes(name)) continue; // dynamic, runtime, …
        const call = wrapperCall(d.initializer, isRoute ? ROUTE_WRAPPERS : ACTION_WRAPPERS);
        if (!call) {
          problems.push(`${file}: ${name} is not wrapped; use ${isRoute ? 'route()' : 'action() or formAction()'}`);
          continue;
        }
        const access = accessOf(call);
        if (!access) {
          problems.push(`${file}: ${name} must declare its access as a literal ({ access: '…' })`);
          continue;
        }
        const p = isRoute ? routePath(file) : undefined;
        endpoints.push({
          kind: isRoute ? 'route' : 'action',
          file,
          name,
          access,
          scope: literalOf(call, 'scope') ?? undefined,
          path: p,
          key: isRoute ? `${name} ${p}` : `${file}#${name}`,
        });
      }
    }
  }
  return { endpoints, problems };
}
