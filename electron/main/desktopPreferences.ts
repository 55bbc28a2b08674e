// The desktop app's preferences file (electron-store): the renderer's preferences (theme,
// language) and the main window's size and position across launches, ignoring a saved
// position that no longer lies on any connected display.
import { type BrowserWindow, type Rectangle, screen } from 'electron';
import Store from 'electron-store';
import { Preferences as AppPreferences, type PreferencesStore } from '../../shared/api/preferences';

interface StoredPreferences {
  windowBounds?: Rectangle;
  windowMaximized?: boolean;
  /** The renderer's preferences (theme, language). */
  app?: unknown;
}

const DEFAULT_SIZE = { width: 1360, height: 860 };

export class DesktopPreferences {
  private readonly store: Store<StoredPreferences>;

  constructor(cwd: string) {
    this.store = new Store<StoredPreferences>({ name: 'preferences', cwd });
  }

  /** The renderer's preferences, kept in the same electron-store file. */
  appPreferences(): PreferencesStore {
    return {
      read: () => {
        const parsed = AppPreferences.safeParse(this.store.get('app') ?? {});
        return parsed.success ? parsed.data : AppPreferences.parse({});
      },
      write: (preferences) => this.store.set('app', preferences),
    };
  }

  initialBounds(): Partial<Rectangle> & { width: number; height: number } {
    const saved = this.store.get('windowBounds');
    if (saved && isOnSomeDisplay(saved)) return saved;
    return { ...DEFAULT_SIZE };
  }

  get wasMaximized(): boolean {
    return this.store.get('windowMaximized') ?? false;
  }

  track(window: BrowserWindow): void {
    let timer: NodeJS.Timeout | undefined;
    const save = () => {
      if (window.isDestroyed()) return;
      this.store.set('windowMaximized', window.isMaximized());
      if (!window.isMaximized() && !window.isMinimized()) this.store.set('windowBounds', window.getBounds());
    };
    const saveSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(save, 400);
    };
    window.on('resize', saveSoon);
    window.on('move', saveSoon);
    window.on('close', () => {
      clearTimeout(timer);
      save();
    });
  }
}

function isOnSomeDisplay(bounds: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea: area }) =>
    bounds.x < area.x + area.width && bounds.x + bounds.width > area.x &&
    bounds.y < area.y + area.height && bounds.y + bounds.height > area.y,
  );
}
