export const en = {
  app: {
    title: 'Nurture Studio',
    missingToken:
      'This page needs the address printed by "npm run web", including its ?token=… part. Open that address again.',
    dismiss: 'Dismiss',
  },
  library: {
    heading: 'Journeys',
    newJourney: 'New journey',
    untitled: 'Untitled journey',
    empty: 'No journeys yet. Create one to start drawing.',
    nodes_one: '{{count}} step',
    nodes_other: '{{count}} steps',
    rename: 'Rename',
    duplicate: 'Duplicate',
    delete: 'Delete',
    confirmDelete: 'Delete “{{name}}”? This cannot be undone.',
    cancel: 'Cancel',
    nameLabel: 'Journey name',
  },
  editor: {
    noJourney: 'Choose a journey on the left, or create a new one.',
    loading: 'Opening journey…',
    saved: 'All changes saved',
    pending: 'Unsaved changes…',
    saving: 'Saving…',
    saveFailed: 'Not saved: {{message}}',
    addStep: 'Add a step',
    paletteHint: 'Click or drag onto the canvas',
    deleteSelection: 'Delete selection',
    refused: 'Connection refused: {{reason}}',
  },
  nodeTypes: {
    entry: { name: 'Entry', hint: 'Where prospects join' },
    sendEmail: { name: 'Send email', hint: 'Send a template' },
    wait: { name: 'Wait', hint: 'Pause for a while' },
    condition: { name: 'Condition', hint: 'Branch yes / no' },
    exit: { name: 'Exit', hint: 'Leave the journey' },
  },
  outputs: { next: 'next', yes: 'yes', no: 'no' },
  summary: {
    trigger: {
      formSubmitted: 'Form submitted',
      listImport: 'List import',
      stageReached: 'Stage reached',
      event: 'Event',
    },
    emailNoSubject: 'No subject yet',
    wait: { hours: 'Wait {{count}} hours', days: 'Wait {{count}} days', businessDays: 'Wait {{count}} business days' },
    engagement: {
      opened: 'If opened {{email}}',
      clicked: 'If clicked in {{email}}',
      downloaded: 'If downloaded from {{email}}',
    },
    anyEmail: 'any email',
    score: 'If engagement score ≥ {{value}}',
    stage: 'If stage ≥ {{stage}}',
    exit: { converted: 'Converted', disqualified: 'Disqualified', unsubscribed: 'Unsubscribed', ended: 'Ended' },
  },
  stages: { inquiry: 'Inquiry', mql: 'MQL', sal: 'SAL', sql: 'SQL', customer: 'Customer' },
};

export type Messages = typeof en;
