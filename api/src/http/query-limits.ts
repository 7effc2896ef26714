import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  visit,
  type DocumentNode,
  type GraphQLFormattedError,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Context } from '../core/context.js';
import { queryCost } from './query-cost.js';

/**
 * What one operation may ask for. Resolvers check page sizes themselves (`first` ≤ 200 on lists,
 * `limit` ≤ 5000 on the network, `first` ≤ 50 on search); these limits stop the shapes that are
 * expensive before anything runs. Every limit answers with a message that names it and a code.
 */
export const QUERY_LIMITS = {
  /** Field nesting; fragments do not count as a level. The web app's deepest query has 6. */
  depth: 10,
  /** Aliases in one operation: enough for a dashboard, not for a flood. */
  aliases: 20,
  /** Directives in one operation. */
  directives: 30,
  /** Tokens in the query text (graphql-js stops parsing past it). */
  tokens: 3000,
  /** Estimated result size (query-cost.ts): `network(limit: 5000)` costs about 10 000. */
  cost: 25_000,
  /** Items in any list passed in variables (the body limit bounds the rest). */
  variableListItems: 200,
} as const;

function reject(limit: string, detail: string) {
  return (ctx: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    ctx?.reportError(
      new GraphQLError(detail, { extensions: { limit, ...(found ? { found: Number(found) } : {}) } }),
    );
  };
}

/** Depth, aliases and directives as validation rules (graphql-armor): answered 400 GRAPHQL_VALIDATION_FAILED. */
export function limitRules(): ValidationRule[] {
  const { validationRules } = new ApolloArmor({
    maxDepth: {
      n: QUERY_LIMITS.depth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [
        reject('DEPTH', `The query is nested too deeply: at most ${QUERY_LIMITS.depth} levels of fields.`),
      ],
    },
    maxAliases: {
      n: QUERY_LIMITS.aliases,
      propagateOnRejection: false,
      onReject: [reject('ALIASES', `The query uses too many aliases: at most ${QUERY_LIMITS.aliases}.`)],
    },
    maxDirectives: {
      n: QUERY_LIMITS.directives,
      propagateOnRejection: false,
      onReject: [
        reject('DIRECTIVES', `The query uses too many directives: at most ${QUERY_LIMITS.directives}.`),
      ],
    },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return validationRules as ValidationRule[];
}

function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

function longestList(value: unknown): number {
  if (Array.isArray(value)) return Math.max(value.length, ...value.map(longestList));
  if (value && typeof value === 'object') return Math.max(0, ...Object.values(value).map(longestList));
  return 0;
}

const tooExpensive = (message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 }, ...extensions },
  });

/**
 * The checks that need the request: the cost (it depends on variables), list sizes in variables,
 * and in production introspection and field suggestions only for callers with a session or key.
 * They run per request, after Apollo's validation, whose results it caches per document.
 */
export function requestLimitsPlugin(opts: { production: boolean }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const anonymous = contextValue.actor.role === 'ANONIEM';
      return {
        async didResolveOperation({ document, request, operationName, schema }) {
          if (opts.production && anonymous && usesIntrospection(document)) {
            throw new GraphQLError('Introspection is available only with a session or an API key.', {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          }
          const longest = longestList(request.variables ?? {});
          if (longest > QUERY_LIMITS.variableListItems) {
            throw tooExpensive(
              `A list in the variables has ${longest} items; at most ${QUERY_LIMITS.variableListItems}.`,
              {
                limit: 'LIST_SIZE',
                found: longest,
              },
            );
          }
          const cost = queryCost({ schema, document, variables: request.variables ?? {}, operationName });
          if (cost > QUERY_LIMITS.cost) {
            throw tooExpensive(
              `The query would return too much (estimated cost ${Math.round(cost)}, at most ${QUERY_LIMITS.cost}). Ask for smaller pages or fewer nested lists.`,
              { limit: 'COST', found: Math.round(cost) },
            );
          }
        },
        async didEncounterErrors({ errors }) {
          if (!opts.production || !anonymous) return;
          for (const error of errors) hideSuggestions(error);
        },
      };
    },
  };
}

/** "Cannot query field "naem" on type "Partner". Did you mean "naam"?" tells a stranger the schema. */
function hideSuggestions(error: GraphQLError | GraphQLFormattedError) {
  (error as { message: string }).message = error.message.replace(/ ?Did you mean .+?\?$/s, '');
}
