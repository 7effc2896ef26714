import { t } from '../../i18n/taal.svelte.js';
import type { Soort } from './soorten.js';

/** Sentences about a kind that start with it ("De activiteit is opgeslagen."), in the current language. */
const hoofdletter = (tekst: string) => tekst.charAt(0).toUpperCase() + tekst.slice(1);

export const bewerkTitel = (soort: Soort) =>
  hoofdletter(t('formulier.bewerkenTitel', { soort: t(`kind.${soort}`) }));

export const opgeslagenTekst = (soort: Soort) =>
  hoofdletter(t('formulier.opgeslagen', { deSoort: t(`formulier.de.${soort}`) }));

export const aangemaaktTekst = (soort: Soort) =>
  hoofdletter(t('formulier.aangemaakt', { deSoort: t(`formulier.de.${soort}`) }));
