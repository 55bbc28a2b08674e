// The journey opened last, so the app opens it again next time (this browser or window only).
const LAST_OPENED_KEY = 'nurture.lastJourney';

export const rememberOpened = (id: string): void => localStorage.setItem(LAST_OPENED_KEY, id);
export const lastOpened = (): string | null => localStorage.getItem(LAST_OPENED_KEY);
