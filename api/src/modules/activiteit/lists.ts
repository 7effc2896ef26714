import type { ListSpec } from '../../core/listing.js';

const IN_WIJK = '(n)-[:OP_LOCATIE]->(:Locatie)-[:IN_BUURT]->(:Buurt)-[:IN_WIJK]->';

export const activiteitList: ListSpec = {
  label: 'Activiteit',
  plural: 'activiteiten',
  nameProperty: 'naam',
  filters: {
    gemeente: 'n.gemeente = $gemeente',
    kern: `EXISTS { ${IN_WIJK}(:Wijk)-[:IN_KERN]->(:Kern {id: $kern}) }`,
    wijk: `EXISTS { ${IN_WIJK}(:Wijk {id: $wijk}) }`,
    thema: 'EXISTS { (n)-[:OVER]->(:Thema {id: $thema}) }',
    doelgroep: 'EXISTS { (n)-[:VOOR]->(:Doelgroep {id: $doelgroep}) }',
    partnerSoort: 'EXISTS { (n)<-[:ORGANISEERT]-(:Partner {soort: $partnerSoort}) }',
  },
};
