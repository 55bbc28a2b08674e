// The app's own state: the library on show and the notice about what failed last.
import { messageOf } from './messageOf';
import type { AppSlice } from './state/app';
import type { SliceCreator } from './state';

export const createAppSlice: SliceCreator<AppSlice> = (set, get) => ({
  view: 'journeys',
  setView(view) {
    set({ view });
    if (view === 'templates') void get().showTemplates();
  },
  notice: null,
  report: (source, error, key) => set({ notice: { source, message: messageOf(error), ...(key ? { key } : {}) } }),
  clearNotice(source) {
    const notice = get().notice;
    if (notice && (source === undefined || notice.source === source)) set({ notice: null });
  },
});
