import type {
  AnalyseDekkingQuery,
  AnalyseDuplicatenQuery,
  AnalyseMonitoringQuery,
  AnalyseReplicatieQuery,
  AnalyseVerbindersQuery,
  AnalyseVerwijzingQuery,
} from '$lib/graphql/__generated__/graphql.js';

/** The shapes the analysis components receive: straight from the typed queries. */
export type Replicatie = AnalyseReplicatieQuery['replicatie'];
export type Kandidaat = Replicatie['kandidaten'][number];
export type Dekking = AnalyseDekkingQuery['dekking'];
export type DekkingCel = Dekking['witteVlekken'][number];
export type Duplicaten = AnalyseDuplicatenQuery['duplicaten'];
export type DuplicaatPaar = Duplicaten['paren'][number];
export type Verbinders = AnalyseVerbindersQuery['verbinders'];
export type Verwijzing = AnalyseVerwijzingQuery['verwijzing'];
export type VerwijzingResultaat = Verwijzing['resultaten'][number];
export type WijkMonitor = AnalyseMonitoringQuery['monitoring']['wijken'][number];
