import type { ListSpec } from '../../core/listing.js';

export const partnerList: ListSpec = {
  label: 'Partner',
  plural: 'partners',
  nameProperty: 'naam',
  filters: {
    gemeente: 'n.gemeente = $gemeente',
    kern: 'EXISTS { (n)-[:ACTIEF_IN]->(:Wijk)-[:IN_KERN]->(:Kern {id: $kern}) }',
    wijk: 'EXISTS { (n)-[:ACTIEF_IN]->(:Wijk {id: $wijk}) }',
    // A partner works on a theme or target group through its activities and steungroepen.
    thema: 'EXISTS { (n)-[:ORGANISEERT|PARTNER_VAN]->()-[:OVER]->(:Thema {id: $thema}) }',
    doelgroep: 'EXISTS { (n)-[:ORGANISEERT|PARTNER_VAN]->()-[:VOOR]->(:Doelgroep {id: $doelgroep}) }',
    partnerSoort: 'n.soort = $partnerSoort',
  },
};
