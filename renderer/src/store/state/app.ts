// The app itself: which library is shown, and the one notice about the last thing that failed.
export type View = 'journeys' | 'templates';

/** Which part of the app a notice comes from, so that part's next success can clear it. */
export type NoticeSource = 'journeys' | 'editor' | 'templates' | 'preferences';

export interface Notice {
  source: NoticeSource;
  message: string;
  /** A catalogue key that says it in the user's language, when the app wrote the notice itself. */
  key?: string;
}

export interface AppSlice {
  view: View;
  setView(view: View): void;
  notice: Notice | null;
  /** Tells the user that something failed: in words from the error, or the catalogue's under `key`. */
  report(source: NoticeSource, error: unknown, key?: string): void;
  /** Clears the notice (only one from `source`, when given). */
  clearNotice(source?: NoticeSource): void;
}
