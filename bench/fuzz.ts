/**
 * A small GraphQL fuzzer for the battery (bench/battery.ts): random operations built from the
 * schema's own types (valid ones, with real ids and enum values), and broken ones made from them
 * (unknown fields, wrong argument types, missing required arguments, cut-off text, deep nesting,
 * alias floods, garbage bodies). Seeded, so a run can be repeated.
 */
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../api/src/schema.js';
import { seededRandom } from '../api/src/modules/verbinders/network.js';

export interface FuzzRequest {
  kind: string;
  valid: boolean;
  /** A JSON body, or raw text sent as-is. */
  body: string;
  contentType: string;
}

export function fuzzer(opts: { seed: number; ids: string[]; strings: string[] }) {
  const schema: GraphQLSchema = buildSchema(loadTypeDefs().join('\n'));
  const rnd = seededRandom(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number) => rnd() < p;

  const scalar = (name: string): string => {
    switch (name) {
      case 'ID':
        return JSON.stringify(
          chance(0.85)
            ? pick(opts.ids)
            : pick(['', 'x', 'Wijk:', 'Wijk:../../etc', '\u0000', 'a'.repeat(300)]),
        );
      case 'Int':
        return String(pick([0, 1, 2, 5, 10, 50, 100, -1, 5000, 2147483647]));
      case 'Float':
        return String(pick([0, 0.5, 1.5, -3, 1e9]));
      case 'Boolean':
        return pick(['true', 'false']);
      case 'Date':
        return JSON.stringify(pick(['2025-01-01', '2024-12-31', '1999-02-28']));
      case 'DateTime':
        return JSON.stringify('2025-01-01T10:00:00.000Z');
      default:
        return JSON.stringify(pick(opts.strings));
    }
  };

  const value = (type: GraphQLInputType, depth: number): string => {
    if (isNonNullType(type)) return value(type.ofType, depth);
    if (isListType(type))
      return `[${Array.from({ length: Math.floor(rnd() * 3) }, () => value(type.ofType, depth + 1)).join(', ')}]`;
    if (isEnumType(type)) return pick(type.getValues()).name;
    if (isScalarType(type)) return scalar(type.name);
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter(
        (f) => isNonNullType(f.type) || (depth < 3 && chance(0.4)),
      );
      return `{ ${fields.map((f) => `${f.name}: ${value(f.type, depth + 1)}`).join(', ')} }`;
    }
    return 'null';
  };

  const args = (field: GraphQLField<unknown, unknown>): string => {
    const chosen = field.args.filter((a) => isNonNullType(a.type) || chance(0.5));
    return chosen.length ? `(${chosen.map((a) => `${a.name}: ${value(a.type, 0)}`).join(', ')})` : '';
  };

  const selection = (type: GraphQLOutputType, depth: number): string => {
    const named: GraphQLNamedType = getNamedType(type);
    if (isLeafType(named)) return '';
    if (isUnionType(named) || isInterfaceType(named)) {
      const possible = schema.getPossibleTypes(named);
      const shared = isInterfaceType(named)
        ? Object.keys(named.getFields())
            .filter((f) => isLeafType(getNamedType(named.getFields()[f]!.type)))
            .slice(0, 2)
        : [];
      const frag = possible.length ? `... on ${pick(possible).name} ${selection(pick(possible), depth)}` : '';
      return `{ __typename ${shared.join(' ')} ${frag} }`;
    }
    if (!isObjectType(named)) return '';
    const fields = Object.values(named.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const objects = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    const chosen = [
      ...leaves.filter(() => chance(0.5)).slice(0, 4),
      ...(depth < 3 ? objects.filter(() => chance(0.25)).slice(0, 2) : []),
    ];
    if (!chosen.length) chosen.push(leaves[0] ?? fields[0]!);
    return `{ ${chosen
      .map((f) => {
        const sub = selection(f.type, depth + 1);
        if (!isLeafType(getNamedType(f.type)) && !sub) return '__typename';
        return `${f.name}${args(f)} ${sub}`;
      })
      .join(' ')} }`;
  };

  const operation = (root: 'query' | 'mutation'): string => {
    const type = root === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    const field = pick(Object.values(type.getFields()));
    return `${root} { ${field.name}${args(field)} ${selection(field.type, 1)} }`;
  };

  const BREAKERS: [string, (q: string) => string | FuzzRequest][] = [
    ['unknown field', (q) => q.replace(/\{ (\w+)/, '{ $1_onbekend')],
    [
      'wrong argument type',
      (q) => q.replace(/: "([^"]*)"/, ': 12345').replace(/first: \d+/, 'first: "veel"'),
    ],
    ['missing required argument', (q) => q.replace(/\([^()]*\)/, '')],
    ['cut off', (q) => q.slice(0, Math.max(1, Math.floor(rnd() * q.length)))],
    [
      'deep nesting',
      () =>
        `query { node(id: ${JSON.stringify(pick(opts.ids))}) { ... on Wijk { ${'kern { wijken { '.repeat(25)} id ${'} } '.repeat(25)} } } }`,
    ],
    [
      'alias flood',
      () =>
        `query { ${Array.from({ length: 400 }, (_, i) => `a${i}: gemeenten { id naam wijken { id } }`).join(' ')} }`,
    ],
    [
      'huge list argument',
      () =>
        `query { wijken(first: ${pick([100000, -5, 0, 2147483647])}) { totalCount edges { node { id } } } }`,
    ],
    [
      'wrong variable type',
      () =>
        JSON.stringify({
          query: 'query($g: String!) { gemeente(code: $g) { id } }',
          variables: { g: pick([5, null, { x: 1 }, ['a']]) },
        }),
    ],
    [
      'garbage body',
      () => ({
        kind: 'garbage body',
        valid: false,
        body: pick([
          '{',
          'null',
          '[]',
          '{"query": 5}',
          '\u0000\u0001',
          '{"query": "{ __typename }", "variables": "x"}',
        ]),
        contentType: 'application/json',
      }),
    ],
    [
      'wrong content type',
      (q) => ({
        kind: 'wrong content type',
        valid: false,
        body: q,
        contentType: pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
        ]),
      }),
    ],
    ['introspection', () => `query { __schema { types { name fields { name args { name } } } } }`],
  ];

  return function next(): FuzzRequest {
    const valid = chance(0.5);
    const base = operation(chance(0.8) ? 'query' : 'mutation');
    if (valid)
      return {
        kind: base.startsWith('mutation') ? 'valid mutation' : 'valid query',
        valid: true,
        body: JSON.stringify({ query: base }),
        contentType: 'application/json',
      };
    const [kind, breaker] = pick(BREAKERS);
    const out = breaker(base);
    if (typeof out !== 'string') return out;
    const body = out.startsWith('{"query"') ? out : JSON.stringify({ query: out });
    return { kind, valid: false, body, contentType: 'application/json' };
  };
}
