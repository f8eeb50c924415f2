import type { Program } from 'estree';
import { nameList, type SafetyPolicy } from './allowed-components.ts';

/**
 * `import` and `export` in a page. An import runs whatever module it names at build time (`node:fs`,
 * `node:child_process`), and an export can compute anything; both are refused unless the import only
 * brings in the site's own components from a module the policy names.
 */

export interface EsmFinding {
  line: number | undefined;
  message: string;
}

export function esmFindings(program: Program | undefined, fallbackLine: number | undefined, policy: SafetyPolicy): EsmFinding[] {
  const components = policy.components.length === 1
    ? `The component ${policy.components[0]} works`
    : `The components ${nameList(policy.components, 'and')} work`;
  const noImport = `pages cannot import anything. ${components} without an import: delete this line`;
  if (!program) return [{ line: fallbackLine, message: `this import or export could not be read, and ${noImport}` }];

  return program.body.flatMap((statement): EsmFinding[] => {
    const line = statement.loc?.start.line ?? fallbackLine;
    if (statement.type === 'ImportDeclaration') {
      const source = String(statement.source.value);
      if (!policy.componentModules.includes(source)) return [{ line, message: `"import … from '${source}'" is not allowed, because ${noImport}` }];
      const bad = statement.specifiers.filter((s) =>
        s.type !== 'ImportSpecifier'
        || s.imported.type !== 'Identifier'
        || s.imported.name !== s.local.name
        || !policy.components.includes(s.local.name));
      if (bad.length === 0) return [];
      return [{ line, message: `only ${policy.components.length === 1 ? 'the component' : 'the components'} ${nameList(policy.components, 'or')} may be imported from '${source}', each under its own name (import { Callout } from '${source}')` }];
    }
    if (statement.type.startsWith('Export')) {
      return [{ line, message: 'pages cannot export anything: page settings such as the title belong in the frontmatter between the --- lines at the top; delete this line' }];
    }
    return [{ line, message: `pages may only contain text, Markdown and the components ${nameList(policy.components, 'and')}: delete this line` }];
  });
}
