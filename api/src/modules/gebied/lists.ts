import type { ListSpec } from '../../core/listing.js';

export const kernList: ListSpec = {
  label: 'Kern',
  plural: 'kernen',
  nameProperty: 'naam',
  filters: {
    gemeente: 'n.gemeente = $gemeente',
    kern: 'n.id = $kern',
    wijk: 'EXISTS { (n)<-[:IN_KERN]-(:Wijk {id: $wijk}) }',
  },
};

export const wijkList: ListSpec = {
  label: 'Wijk',
  plural: 'wijken',
  nameProperty: 'naam',
  filters: {
    gemeente: 'n.gemeente = $gemeente',
    kern: 'EXISTS { (n)-[:IN_KERN]->(:Kern {id: $kern}) }',
    wijk: 'n.id = $wijk',
    // A wijk "has" a theme or target group when a steungroep or activity there is about it.
    thema:
      'EXISTS { (n)<-[:IN_WIJK]-(:Steungroep)-[:OVER]->(:Thema {id: $thema}) } OR EXISTS { (n)<-[:IN_WIJK]-(:Buurt)<-[:IN_BUURT]-(:Locatie)<-[:OP_LOCATIE]-(:Activiteit)-[:OVER]->(:Thema {id: $thema}) }',
    doelgroep:
      'EXISTS { (n)<-[:IN_WIJK]-(:Steungroep)-[:VOOR]->(:Doelgroep {id: $doelgroep}) } OR EXISTS { (n)<-[:IN_WIJK]-(:Buurt)<-[:IN_BUURT]-(:Locatie)<-[:OP_LOCATIE]-(:Activiteit)-[:VOOR]->(:Doelgroep {id: $doelgroep}) }',
    partnerSoort: 'EXISTS { (n)<-[:ACTIEF_IN]-(:Partner {soort: $partnerSoort}) }',
  },
};

export const buurtList: ListSpec = {
  label: 'Buurt',
  plural: 'buurten',
  nameProperty: 'naam',
  filters: {
    gemeente: 'n.gemeente = $gemeente',
    kern: 'EXISTS { (n)-[:IN_WIJK]->(:Wijk)-[:IN_KERN]->(:Kern {id: $kern}) }',
    wijk: 'EXISTS { (n)-[:IN_WIJK]->(:Wijk {id: $wijk}) }',
  },
};
