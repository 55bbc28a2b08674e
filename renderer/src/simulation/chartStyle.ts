// Chart colours: mid-tone hues that read on the light and the dark theme alike (SVG fills
// take plain colours); axis text and grid lines follow the theme through CSS.
export const CHART = {
  primary: '#3b78e0',
  ok: '#34a36a',
  warn: '#d49a2a',
  warnSoft: 'rgba(212, 154, 42, 0.22)',
  danger: '#d9534b',
  dangerSoft: 'rgba(217, 83, 75, 0.2)',
  branch: '#8a63d2',
  text: '#7a8494',
  grid: 'rgba(127, 137, 153, 0.25)',
  /** Inquiry → Customer: one hue, deeper as the stage advances. */
  funnel: ['#9bbcf2', '#6f9fea', '#3b78e0', '#2a5fc0', '#1f8a57'],
  grades: ['#2f9e63', '#7cb342', '#d49a2a', '#c9564e'],
  runA: '#9aa6b8',
  runB: '#3b78e0',
} as const;

export const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);
