import { kernList, wijkList, buurtList } from '../gebied/lists.js';
import { steungroepList } from '../steungroep/lists.js';
import { partnerList } from '../partner/lists.js';
import { activiteitList } from '../activiteit/lists.js';
import { locatieList } from '../locatie/lists.js';
import { signaalList } from '../signaal/lists.js';
import type { ListSpec } from '../../core/listing.js';
import type { NodeKind } from '../../core/kinds.js';

/** The kinds whose lists define "matching the filter"; the network reuses their filters. */
export const SCOPED_SPECS: Partial<Record<NodeKind, ListSpec>> = {
  KERN: kernList,
  WIJK: wijkList,
  BUURT: buurtList,
  STEUNGROEP: steungroepList,
  PARTNER: partnerList,
  ACTIVITEIT: activiteitList,
  LOCATIE: locatieList,
  SIGNAAL: signaalList,
};

export const DEFAULT_KINDS: NodeKind[] = [
  'KERN',
  'WIJK',
  'STEUNGROEP',
  'PARTNER',
  'ACTIVITEIT',
  'LOCATIE',
  'SIGNAAL',
  'THEMA',
  'DOELGROEP',
];
