import type { Messages } from './en';

export const de: Messages = {
  app: {
    title: 'Nurture Studio',
    missingToken:
      'Diese Seite braucht die von „npm run web“ ausgegebene Adresse samt ?token=…. Bitte öffnen Sie diese Adresse erneut.',
    dismiss: 'Schließen',
  },
  library: {
    heading: 'Journeys',
    newJourney: 'Neue Journey',
    untitled: 'Unbenannte Journey',
    empty: 'Noch keine Journeys. Legen Sie eine an, um zu beginnen.',
    nodes_one: '{{count}} Schritt',
    nodes_other: '{{count}} Schritte',
    rename: 'Umbenennen',
    duplicate: 'Duplizieren',
    delete: 'Löschen',
    confirmDelete: '„{{name}}“ löschen? Das lässt sich nicht rückgängig machen.',
    cancel: 'Abbrechen',
    nameLabel: 'Name der Journey',
  },
  editor: {
    noJourney: 'Wählen Sie links eine Journey oder legen Sie eine neue an.',
    loading: 'Journey wird geöffnet…',
    saved: 'Alle Änderungen gespeichert',
    pending: 'Ungespeicherte Änderungen…',
    saving: 'Wird gespeichert…',
    saveFailed: 'Nicht gespeichert: {{message}}',
    addStep: 'Schritt hinzufügen',
    paletteHint: 'Klicken oder auf die Fläche ziehen',
    deleteSelection: 'Auswahl löschen',
    refused: 'Verbindung abgelehnt: {{reason}}',
  },
  nodeTypes: {
    entry: { name: 'Einstieg', hint: 'Hier starten Interessenten' },
    sendEmail: { name: 'E-Mail senden', hint: 'Eine Vorlage versenden' },
    wait: { name: 'Warten', hint: 'Eine Weile pausieren' },
    condition: { name: 'Bedingung', hint: 'Verzweigen: ja / nein' },
    exit: { name: 'Ausstieg', hint: 'Die Journey verlassen' },
  },
  outputs: { next: 'weiter', yes: 'ja', no: 'nein' },
  summary: {
    trigger: {
      formSubmitted: 'Formular abgeschickt',
      listImport: 'Listenimport',
      stageReached: 'Phase erreicht',
      event: 'Ereignis',
    },
    emailNoSubject: 'Noch kein Betreff',
    wait: { hours: '{{count}} Stunden warten', days: '{{count}} Tage warten', businessDays: '{{count}} Werktage warten' },
    engagement: {
      opened: 'Wenn {{email}} geöffnet',
      clicked: 'Wenn in {{email}} geklickt',
      downloaded: 'Wenn aus {{email}} heruntergeladen',
    },
    anyEmail: 'irgendeine E-Mail',
    score: 'Wenn Engagement-Score ≥ {{value}}',
    stage: 'Wenn Phase ≥ {{stage}}',
    exit: { converted: 'Konvertiert', disqualified: 'Disqualifiziert', unsubscribed: 'Abgemeldet', ended: 'Beendet' },
  },
  stages: { inquiry: 'Anfrage', mql: 'MQL', sal: 'SAL', sql: 'SQL', customer: 'Kunde' },
};
