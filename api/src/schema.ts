import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from './__generated__/resolvers.js';
import { REPO_ROOT } from './config.js';
import { resolvers as gebied } from './modules/gebied/resolvers.js';
import { resolvers as steungroep } from './modules/steungroep/resolvers.js';
import { resolvers as partner } from './modules/partner/resolvers.js';
import { resolvers as activiteit } from './modules/activiteit/resolvers.js';
import { resolvers as locatie } from './modules/locatie/resolvers.js';
import { resolvers as signaal } from './modules/signaal/resolvers.js';
import { resolvers as indicator } from './modules/indicator/resolvers.js';
import { resolvers as vocabulaire } from './modules/vocabulaire/resolvers.js';
import { resolvers as inwoner } from './modules/inwoner/resolvers.js';
import { resolvers as netwerk } from './modules/netwerk/resolvers.js';
import { resolvers as zoeken } from './modules/zoeken/resolvers.js';
import { resolvers as node } from './modules/node/resolvers.js';
import { resolvers as toegang } from './modules/toegang/resolvers.js';
import { resolvers as audit } from './modules/audit/resolvers.js';
import { resolvers as analyse } from './modules/analyse/resolvers.js';
import { resolvers as replicatie } from './modules/replicatie/resolvers.js';
import { resolvers as duplicaten } from './modules/duplicaten/resolvers.js';
import { resolvers as verwijzing } from './modules/verwijzing/resolvers.js';
import { resolvers as dekking } from './modules/dekking/resolvers.js';
import { resolvers as monitoring } from './modules/monitoring/resolvers.js';
import { resolvers as verbinders } from './modules/verbinders/resolvers.js';
import { resolvers as bewerken } from './modules/bewerken/resolvers.js';
import { resolvers as uitwisseling } from './modules/uitwisseling/resolvers.js';

/** The SDL is read from schema/, the contract shared with the web and codegen. */
export function loadTypeDefs(dir = join(REPO_ROOT, 'schema')): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Dates travel as ISO `YYYY-MM-DD` strings, as Neo4j's `date` values come out of the db boundary. */
const DateScalar = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' });
/** Neo4j's datetimes arrive as ISO strings with nanoseconds; clients get milliseconds and `Z`. */
const DateTimeScalar = new GraphQLScalarType({ ...DateTimeISOResolver.toConfig(), name: 'DateTime' });

export function mergeResolvers(parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = {
  ...mergeResolvers([
    gebied,
    steungroep,
    partner,
    activiteit,
    locatie,
    signaal,
    indicator,
    vocabulaire,
    inwoner,
    netwerk,
    zoeken,
    node,
    analyse,
    replicatie,
    toegang,
    audit,
    duplicaten,
    verwijzing,
    dekking,
    monitoring,
    verbinders,
    bewerken,
    uitwisseling,
  ]),
  Date: DateScalar,
  DateTime: DateTimeScalar,
};
