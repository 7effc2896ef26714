import type { ListSpec } from '../../core/listing.js';

export const locatieList: ListSpec = {
  label: 'Locatie',
  plural: 'locaties',
  nameProperty: 'naam',
  filters: {
    gemeente: 'n.gemeente = $gemeente',
    kern: 'EXISTS { (n)-[:IN_BUURT]->(:Buurt)-[:IN_WIJK]->(:Wijk)-[:IN_KERN]->(:Kern {id: $kern}) }',
    wijk: 'EXISTS { (n)-[:IN_BUURT]->(:Buurt)-[:IN_WIJK]->(:Wijk {id: $wijk}) }',
    thema: 'EXISTS { (n)<-[:OP_LOCATIE]-(:Activiteit)-[:OVER]->(:Thema {id: $thema}) }',
    doelgroep: 'EXISTS { (n)<-[:OP_LOCATIE]-(:Activiteit)-[:VOOR]->(:Doelgroep {id: $doelgroep}) }',
    partnerSoort: 'EXISTS { (n)-[:BEHEERD_DOOR]->(:Partner {soort: $partnerSoort}) }',
  },
};
