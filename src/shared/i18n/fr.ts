import type { Strings } from './en.js';

export const fr: Strings = {
  languageName: 'Français',
  loading: 'Chargement de l’état du PF-PIDESC…',
  retry: 'Réessayer',
  errors: {
    HTTP: (status) => `L’état du traité n’a pas pu être chargé (le serveur a répondu ${status}).`,
    NETWORK: 'L’état du traité n’a pas pu être chargé. Vérifiez la connexion et réessayez.',
    TIMEOUT: 'Le chargement de l’état du traité a pris trop de temps.',
    PARSE: 'Le fichier d’état du traité est endommagé (ce n’est pas du JSON valide).',
    SCHEMA_UNSUPPORTED: (version) =>
      `Le fichier d’état est en version ${version}, que ce widget ne sait pas lire. Mettez à jour le script du widget.`,
    INVALID: (problem) => `Le fichier d’état du traité a un problème : ${problem}.`,
    TOO_LARGE: 'Le fichier d’état du traité est trop volumineux.',
  },
  asOf: (date) => `Données au ${date}`,
  source: 'Source',
  staleNote: 'Ces données ne sont peut-être plus à jour.',
  categories: {
    'not-party': 'Non partie au PIDESC',
    party: 'Partie au PIDESC',
    signed: 'A signé le PF-PIDESC',
    ratified: 'A ratifié le PF-PIDESC',
    none: 'Sans statut propre au regard du traité',
  },
  consentKinds: {
    ratification: 'ratification',
    accession: 'adhésion',
    succession: 'succession',
  },
  stateNames: {
    PS: 'État de Palestine',
    VA: 'Saint-Siège',
    CD: 'République démocratique du Congo',
    CG: 'Congo',
  },
};
