import {
  GraphQLError, Kind, getNamedType, isCompositeType, valueFromAST,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType,
  type GraphQLField, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';

/**
 * GitHub's resource limits, as its GraphQL documentation states them ("Rate limits and node limits"):
 * - every connection needs `first` or `last`, between 1 and 100;
 * - a call may ask for at most 500,000 nodes: each connection's page size times the page sizes of the
 *   connections around it, summed;
 * - its point cost is the number of requests needed to fill each connection, assuming every page is full,
 *   summed, divided by 100 and rounded, and at least 1.
 * GitHub checks these before running the query, so an over-sized query fails whole.
 *
 * One assumption of ours: a list field that takes `ids` (`nodes(ids:)`) multiplies what it contains by the
 * number of ids, like a connection of that size. GitHub does not document this case; counting it this way
 * can only overstate the cost.
 */
export const NODE_LIMIT = 500_000;

export interface QueryMeasure {
  /** Connections GitHub would have to fill: the sum the cost is computed from. */
  connectionRequests: number;
  nodeCount: number;
  cost: number;
}

export function pointCost(connectionRequests: number): number {
  return Math.max(1, Math.round(connectionRequests / 100));
}

export function measureQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): QueryMeasure {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) throw new GraphQLError(`No operation named "${operationName ?? ''}"`);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) throw new GraphQLError(`This schema has no ${operation.operation} type`);

  const totals = { connectionRequests: 0, nodeCount: 0 };
  walk(operation.selectionSet, root, 1);
  return { ...totals, cost: pointCost(totals.connectionRequests) };

  function walk(selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number) {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value), multiplier);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent;
        walk(selection.selectionSet, type, multiplier);
        continue;
      }
      visitField(selection, parent, multiplier);
    }
  }

  function visitField(node: FieldNode, parent: GraphQLCompositeType, multiplier: number) {
    if (!node.selectionSet || !('getFields' in parent)) return;
    const field = parent.getFields()[node.name.value] as GraphQLField<unknown, unknown> | undefined;
    if (!field) return;
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) return;
    const args = argumentValues(field, node);
    let inner = multiplier;
    if (isConnection(field)) {
      const size = pageSize(field, node, args);
      totals.connectionRequests += multiplier;
      totals.nodeCount += multiplier * size;
      inner = multiplier * size;
    } else if (Array.isArray(args.ids)) {
      inner = multiplier * args.ids.length;
    }
    walk(node.selectionSet, type, inner);
  }

  function argumentValues(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const arg of node.arguments ?? []) {
      const def = field.args.find((a) => a.name === arg.name.value);
      if (def) out[def.name] = valueFromAST(arg.value, def.type, variables);
    }
    return out;
  }

  function typeNamed(name: string): GraphQLCompositeType {
    const type = schema.getType(name);
    if (!type || !isCompositeType(type)) throw new GraphQLError(`Unknown type "${name}"`);
    return type;
  }
}

function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  return getNamedType(field.type).name.endsWith('Connection') && field.args.some((a) => a.name === 'first');
}

/** The page size GitHub assumes, enforcing its rules on `first` and `last` with its own wording. */
function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode, args: Record<string, unknown>): number {
  const first = args.first as number | null | undefined;
  const last = args.last as number | null | undefined;
  if (first == null && last == null) {
    throw new GraphQLError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${field.name}\` connection.`, { nodes: [node] });
  }
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (value < 1 || value > 100)) {
      throw new GraphQLError(
        `Requesting ${value} records on the \`${field.name}\` connection exceeds the \`${name}\` limit of 100 records.`,
        { nodes: [node] },
      );
    }
  }
  return Math.max(first ?? 0, last ?? 0);
}
