import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
// The API's own table of the model: what it treats as required and as a key that never changes.
import { KNOPEN, RELATIES } from '../../../../../api/src/modules/bewerken/model.js';
import { nl } from '../../i18n/nl.js';
import { en } from '../../i18n/en.js';
import { labelVan, SOORTEN } from './soorten.js';
import { labelSleutel, VELDEN, type VeldType } from './velden.js';

const schemaMap = fileURLToPath(new URL('../../../../../schema/', import.meta.url));
const schema = buildSchema(
  readdirSync(schemaMap)
    .filter((naam) => naam.endsWith('.graphql'))
    .map((naam) => readFileSync(schemaMap + naam, 'utf8'))
    .join('\n'),
);

/** The control types that can hold a value of this GraphQL input type. */
function passendeTypes(type: GraphQLInputType): VeldType[] {
  if (isNonNullType(type)) return passendeTypes(type.ofType);
  if (isListType(type)) return getNamedType(type).name === 'ID' ? ['verwijzingen'] : [];
  if (isEnumType(type)) return ['keuze'];
  const types: Record<string, VeldType[]> = {
    String: ['tekst', 'langeTekst', 'code', 'tijd', 'gemeente', 'keuze'],
    Int: ['geheel'],
    Float: ['getal'],
    Boolean: ['janee'],
    Date: ['datum'],
    ID: ['verwijzing'],
  };
  return types[type.name] ?? [];
}

describe('the form of every kind', () => {
  for (const soort of SOORTEN) {
    const label = labelVan(soort);
    const invoer = schema.getType(`${label}Invoer`);

    it(`${soort} has every field of ${label}Invoer, each with a control that fits its type`, () => {
      if (!isInputObjectType(invoer)) throw new Error(`${label}Invoer is not an input type`);
      const velden = invoer.getFields();
      expect(VELDEN[soort].map((veld) => veld.naam).sort()).toEqual(Object.keys(velden).sort());
      for (const veld of VELDEN[soort]) {
        expect(passendeTypes(velden[veld.naam]!.type), `${soort}.${veld.naam}`).toContain(veld.type);
        const type = getNamedType(velden[veld.naam]!.type);
        if (isEnumType(type)) expect(veld.waarden).toEqual(type.getValues().map((waarde) => waarde.name));
      }
    });

    it(`${soort} asks on creation for what the API requires, and never changes its keys`, () => {
      const model = KNOPEN[label as keyof typeof KNOPEN];
      const verplicht = [
        ...model.props.filter((p) => p.verplicht && p.standaard === undefined).map((p) => p.naam),
        ...RELATIES.filter((r) => r.eigenaar === label && r.verplicht && !r.afgeleid).map((r) => r.veld),
        ...(model.scoped ? ['gemeente'] : []),
      ];
      expect(
        VELDEN[soort]
          .filter((veld) => veld.verplicht)
          .map((veld) => veld.naam)
          .sort(),
      ).toEqual(verplicht.sort());
      const sleutels = [
        ...model.props.filter((p) => p.onveranderlijk).map((p) => p.naam),
        ...(model.scoped ? ['gemeente'] : []),
      ];
      expect(
        VELDEN[soort]
          .filter((veld) => veld.onveranderlijk)
          .map((veld) => veld.naam)
          .sort(),
      ).toEqual(sleutels.sort());
    });

    it(`${soort} has a label for every field and value, in Dutch and English`, () => {
      for (const veld of VELDEN[soort]) {
        const sleutels = [labelSleutel(veld), ...(veld.hint ? [veld.hint] : [])];
        for (const waarde of veld.waarden ?? []) sleutels.push(`${veld.labels}.${waarde}` as never);
        for (const sleutel of sleutels) {
          expect(nl, sleutel).toHaveProperty([sleutel]);
          expect(en, sleutel).toHaveProperty([sleutel]);
        }
      }
    });
  }
});
