import type { Strings } from './en.js';

export const es: Strings = {
  languageName: 'Español',
  loading: 'Cargando el estado del PF-PIDESC…',
  retry: 'Reintentar',
  errors: {
    HTTP: (status) => `No se pudo cargar el estado del tratado (el servidor respondió ${status}).`,
    NETWORK: 'No se pudo cargar el estado del tratado. Compruebe la conexión y vuelva a intentarlo.',
    TIMEOUT: 'La carga del estado del tratado tardó demasiado.',
    PARSE: 'El archivo de estado del tratado está dañado (no es JSON válido).',
    SCHEMA_UNSUPPORTED: (version) =>
      `El archivo de estado tiene la versión ${version}, que este widget no puede leer. Actualice el script del widget.`,
    INVALID: (problem) => `El archivo de estado del tratado tiene un problema: ${problem}.`,
    TOO_LARGE: 'El archivo de estado del tratado es demasiado grande.',
  },
  asOf: (date) => `Datos al ${date}`,
  source: 'Fuente',
  staleNote: 'Estos datos pueden estar desactualizados.',
  categories: {
    'not-party': 'No es parte en el PIDESC',
    party: 'Parte en el PIDESC',
    signed: 'Firmó el PF-PIDESC',
    ratified: 'Ratificó el PF-PIDESC',
    none: 'Sin estatus propio en el tratado',
  },
  consentKinds: {
    ratification: 'ratificación',
    accession: 'adhesión',
    succession: 'sucesión',
  },
  stateNames: {
    PS: 'Estado de Palestina',
    VA: 'Santa Sede',
  },
};
