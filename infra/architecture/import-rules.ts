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

const isLibSource = (path: string): boolean => /^libs\/[^/]+\/src\//.test(path);

/** `holds` for `apps/booking/src/holds/x.ts`; undefined for an app's root files and its tests. */
const featureFolder = (path: string): string | undefined => {
  const [area, , src, folder, ...rest] = path.split('/');
  return area === 'apps' && src === 'src' && rest.length > 0 ? folder : undefined;
};

const topOf = (path: string): { area: string; name: string } => {
  const [area = '', name = ''] = path.split('/');
  return { area, name };
};

/**
 * Feature folders of an app from the bottom up: a folder imports only folders below it, and every
 * folder of a listed app must be placed. Apps not listed here are not yet checked folder by folder.
 */
export const FOLDER_LAYERS: Record<string, readonly (readonly string[])[]> = {
  'otp-sms': [['twilio'], ['credentials'], ['sms'], ['otp', 'status', 'inbound']],
};

function folderRule(app: string, from: string, to: string): string | undefined {
  const layers = FOLDER_LAYERS[app];
  if (!layers || from === to) return undefined;
  const layerOf = (folder: string) => layers.findIndex((layer) => layer.includes(folder));
  const [fromLayer, toLayer] = [layerOf(from), layerOf(to)];
  if (fromLayer < 0 || toLayer < 0) return `${app} folder ${fromLayer < 0 ? from : to} is missing from FOLDER_LAYERS`;
  return toLayer < fromLayer ? undefined : `${app}/${from} imports ${app}/${to}, which is not below it`;
}

/**
 * The boundaries of the monorepo:
 * - an app never imports another app (apps talk through RabbitMQ only);
 * - a lib never imports an app, and its source never imports infra (the tools and the test kit stand
 *   on the libs, not under them; a lib's own integration tests in `test/` may use the test kit);
 * - an app's feature folders import only downwards (FOLDER_LAYERS);
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
      if (specifier.startsWith('@infra/') && isLibSource(file.path)) add(`lib ${from.name} imports infra (${specifier})`);
      if (!specifier.startsWith('.')) continue;
      const target = relative('.', resolve(dirname(file.path), specifier)).split(sep).join('/');
      const to = topOf(target);
      if (to.area === 'apps' && from.area === 'apps' && to.name !== from.name) add(`app ${from.name} imports app ${to.name}`);
      if (to.area === 'apps' && from.area === 'libs') add(`lib ${from.name} imports app ${to.name}`);
      if (to.area === 'infra' && isLibSource(file.path)) add(`lib ${from.name} imports infra/${to.name}`);
      const [fromFolder, toFolder] = [featureFolder(file.path), featureFolder(target)];
      if (from.area === 'apps' && to.area === 'apps' && to.name === from.name && fromFolder && toFolder) {
        const rule = folderRule(from.name, fromFolder, toFolder);
        if (rule) add(rule);
      }
      if (to.area === 'libs' && !(from.area === 'libs' && from.name === to.name)) add(`relative import into lib ${to.name}; use @mo/${to.name}`);
    }
  }
  return violations;
}
