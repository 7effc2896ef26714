import type { ListSpec } from '../../core/listing.js';

export const steungroepList: ListSpec = {
  label: 'Steungroep',
  plural: 'steungroepen',
  nameProperty: 'naam',
  filters: {
    gemeente: 'n.gemeente = $gemeente',
    kern: 'EXISTS { (n)-[:IN_WIJK]->(:Wijk)-[:IN_KERN]->(:Kern {id: $kern}) }',
    wijk: 'EXISTS { (n)-[:IN_WIJK]->(:Wijk {id: $wijk}) }',
    thema: 'EXISTS { (n)-[:OVER]->(:Thema {id: $thema}) }',
    doelgroep: 'EXISTS { (n)-[:VOOR]->(:Doelgroep {id: $doelgroep}) }',
    partnerSoort: 'EXISTS { (n)<-[:PARTNER_VAN]-(:Partner {soort: $partnerSoort}) }',
  },
};
