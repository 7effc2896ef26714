import type { ListSpec } from '../../core/listing.js';

export const signaalList: ListSpec = {
  label: 'Signaal',
  plural: 'signalen',
  nameProperty: 'titel',
  filters: {
    gemeente: 'n.gemeente = $gemeente',
    kern: 'EXISTS { (n)-[:IN_WIJK]->(:Wijk)-[:IN_KERN]->(:Kern {id: $kern}) }',
    wijk: 'EXISTS { (n)-[:IN_WIJK]->(:Wijk {id: $wijk}) }',
    thema: 'EXISTS { (n)-[:OVER]->(:Thema {id: $thema}) }',
    partnerSoort: 'EXISTS { (n)-[:EIGENAAR]->(:Partner {soort: $partnerSoort}) }',
  },
};
