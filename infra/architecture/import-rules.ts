import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  imports: string[];
}

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

/** Module specifiers a TypeScript file imports or re-exports, found by the compiler's own scanner. */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

export function readSources(root: string, dirs: readonly string[]): SourceFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.name === 'node_modules' ? [] : e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  return dirs.flatMap((d) => walk(join(root, d))).map((file) => ({
    path: relative(root, file).split(sep).join('/'),
    imports: importsOf(readFileSync(file, 'utf8')),
  }));
}

const topOf = (path: string): { area: string; name: string } => {
  const [area = '', name = ''] = path.split('/');
  return { area, name };
};

/**
 * The boundaries of the monorepo:
 * - an app never imports another app (apps talk through RabbitMQ only);
 * - a lib never imports an app;
 * - code outside a lib reaches it only through `@mo/<lib>` (its public index.ts), never by a relative
 *   path into it or a deep `@mo/<lib>/...` import.
 */
export function checkImports(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const from = topOf(file.path);
    for (const specifier of file.imports) {
      const add = (rule: string) => violations.push({ file: file.path, specifier, rule });
      if (/^@mo\/[^/]+\/.+/.test(specifier)) add('import a lib through its public index: @mo/<lib>');
      if (specifier.startsWith('apps/')) add('no bare imports of apps/');
      if (!specifier.startsWith('.')) continue;
      const target = relative('.', resolve(dirname(file.path), specifier)).split(sep).join('/');
      const to = topOf(target);
      if (to.area === 'apps' && from.area === 'apps' && to.name !== from.name) add(`app ${from.name} imports app ${to.name}`);
      if (to.area === 'apps' && from.area === 'libs') add(`lib ${from.name} imports app ${to.name}`);
      if (to.area === 'libs' && !(from.area === 'libs' && from.name === to.name)) add(`relative import into lib ${to.name}; use @mo/${to.name}`);
    }
  }
  return violations;
}
