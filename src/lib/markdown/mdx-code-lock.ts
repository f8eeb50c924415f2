import type { Node as EsNode, Program } from 'estree';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { DEFAULT_POLICY } from '../security/allowed-components.ts';
import { esmFindings } from '../security/esm-rules.ts';
import { unsafeExpression } from '../security/expression-rules.ts';

/**
 * The content check reads MDX with remark-mdx; the build compiles it with Sätteri's own parser. Should the two
 * ever read the same bytes differently, code the check never saw would run at build time. This lock applies the
 * check's rules (src/lib/security/) to what Sätteri parsed: an import or export, or a `{…}` expression that is
 * more than a plain value, is dropped before it is compiled. The check has already told the author what to write.
 */
interface Parsed { parseExpression(): unknown }
const program = (node: Parsed) => (node.parseExpression() as Program | null) ?? null;

export function mdxCodeLock(): HastPluginDefinition {
  const expression = (node: Readonly<Parsed>, ctx: HastVisitorContext) => {
    const parsed = program(node as Parsed);
    if (!parsed || unsafeExpression(parsed as EsNode)) ctx.removeNode(node as never);
  };
  return {
    name: 'chapterhouse-mdx-code-lock',
    mdxjsEsm(node, ctx) {
      const parsed = program(node);
      if (!parsed || esmFindings(parsed, undefined, DEFAULT_POLICY).length > 0) ctx.removeNode(node);
    },
    mdxFlowExpression: expression,
    mdxTextExpression: expression,
  };
}
