// UI text of the import from sending platforms (Klaviyo, Mautic): the dialog and its report.
export const platformImportEn = {
  button: 'From platform',
  title: 'Import from a sending platform',
  intro: 'A Klaviyo flow (as the API returns it with its definition) or a Mautic campaign (API response or Mautic 7 export file) becomes a new journey you can simulate, change and export back.',
  kind: 'The file is',
  kinds: { detect: 'Recognised from the file', klaviyo: 'a Klaviyo flow', mautic: 'a Mautic campaign' },
  chooseFile: 'Choose file…',
  another: 'Choose another file…',
  reading: 'Importing…',
  summary: '“{{file}}” is now the journey “{{name}}”: {{kept}} kept, {{approximated}} approximated, {{dropped}} dropped.',
  readAs: 'Read as: {{kind}}',
  status: { kept: 'kept', approximated: 'approximated', dropped: 'dropped' },
  done: 'Done',
  cancel: 'Cancel',
};

export const platformImportDe: typeof platformImportEn = {
  button: 'Von Plattform',
  title: 'Von einer Versandplattform importieren',
  intro: 'Ein Klaviyo-Flow (wie die API ihn mit seiner Definition liefert) oder eine Mautic-Kampagne (API-Antwort oder Exportdatei von Mautic 7) wird zu einer neuen Journey, die Sie simulieren, ändern und zurück exportieren können.',
  kind: 'Die Datei ist',
  kinds: { detect: 'An der Datei erkannt', klaviyo: 'ein Klaviyo-Flow', mautic: 'eine Mautic-Kampagne' },
  chooseFile: 'Datei wählen…',
  another: 'Andere Datei wählen…',
  reading: 'Wird importiert…',
  summary: '„{{file}}“ ist jetzt die Journey „{{name}}“: {{kept}} übernommen, {{approximated}} angenähert, {{dropped}} entfallen.',
  readAs: 'Gelesen als: {{kind}}',
  status: { kept: 'übernommen', approximated: 'angenähert', dropped: 'entfällt' },
  done: 'Fertig',
  cancel: 'Abbrechen',
};
