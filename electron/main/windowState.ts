// Keeps the main window's size and position across launches with electron-store, and
// ignores a saved position that no longer lies on any connected display.
import { type BrowserWindow, type Rectangle, screen } from 'electron';
import Store from 'electron-store';

interface Preferences {
  windowBounds?: Rectangle;
  windowMaximized?: boolean;
}

const DEFAULT_SIZE = { width: 1360, height: 860 };

export class WindowStateKeeper {
  private readonly store: Store<Preferences>;

  constructor(cwd: string) {
    this.store = new Store<Preferences>({ name: 'preferences', cwd });
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
