import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

/**
 * The estimated size of an operation's result, from the document, its variables and the schema:
 * an object field counts 1 plus its children, times the page size for a field with `first` or
 * `limit` (the variables' values or the schema's defaults), or times 10 for a list without one
 * (a wijk's steungroepen). Lists inside a Connection or the Network are sized by their parent.
 * Scalars and introspection count nothing.
 *
 * Written against the schema's own methods and the plain AST, without graphql-js's `instanceof`
 * helpers: tools that load graphql twice (the test runner does) cannot break it.
 */
export const UNSIZED_LIST = 10;
/**
 * No field accepts a larger size than the network's 5000; a larger one is counted as 5000 here
 * and refused by the field itself, with a message that names that field's own limit.
 */
const LARGEST_SIZE = 5000;
const SIZED_BY_PARENT = /Connection$|^Network$/;

interface TypeLike {
  name?: string;
  ofType?: TypeLike;
  getFields?: () => Record<string, FieldLike>;
  toString(): string;
}
interface FieldLike {
  type: TypeLike;
  args: readonly { name: string; defaultValue?: unknown }[];
}

export function queryCost(opts: {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string | null;
}): number {
  const { schema, document } = opts;
  const variables = opts.variables ?? {};
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === 'FragmentDefinition') fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d) => d.kind === 'OperationDefinition' && (!opts.operationName || d.name?.value === opts.operationName),
  );
  if (!operation || operation.kind !== 'OperationDefinition') return 0;
  const root = (
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType()
  ) as TypeLike | null | undefined;
  const typeNamed = (name: string) => schema.getType(name) as TypeLike | undefined;

  function argument(
    node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] },
    field: FieldLike,
    name: string,
  ): number | null {
    if (!field.args.some((a) => a.name === name)) return null;
    const given = node.arguments?.find((a) => a.name.value === name)?.value;
    let value: unknown = field.args.find((a) => a.name === name)?.defaultValue;
    if (given?.kind === 'IntValue') value = Number.parseInt(given.value, 10);
    else if (given?.kind === 'Variable') value = variables[given.name.value] ?? value;
    return typeof value === 'number' && Number.isFinite(value)
      ? Math.min(Math.max(value, 0), LARGEST_SIZE)
      : null;
  }

  function selections(
    parent: TypeLike | undefined,
    set: SelectionSetNode,
    visiting: ReadonlySet<string>,
  ): number {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === 'InlineFragment') {
        const on = selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent;
        cost += selections(on, selection.selectionSet, visiting);
      } else if (selection.kind === 'FragmentSpread') {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) continue;
        cost += selections(
          typeNamed(fragment.typeCondition.name.value),
          fragment.selectionSet,
          new Set([...visiting, fragment.name.value]),
        );
      } else {
        const name = selection.name.value;
        const field = parent?.getFields?.()[name];
        if (!field || !selection.selectionSet || name.startsWith('__')) continue;
        let named = field.type;
        while (named.ofType) named = named.ofType;
        const size = argument(selection, field, 'first') ?? argument(selection, field, 'limit');
        const list = String(field.type).startsWith('[');
        const times = size ?? (list && !SIZED_BY_PARENT.test(parent?.name ?? '') ? UNSIZED_LIST : 1);
        cost += times * (1 + selections(named, selection.selectionSet, visiting));
      }
    }
    return cost;
  }

  return root ? selections(root, operation.selectionSet, new Set()) : 0;
}
