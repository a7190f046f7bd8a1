/**
 * Stands in for @microsoft/sp-component-base (its ServiceKey needs SharePoint's
 * window globals). ThemeProvider keeps the surface the web part reads: a theme
 * and a theme-changed event.
 */
type Listener = (args: { theme: unknown }) => void;

export class ThemeProvider {
  public static readonly serviceKey = 'ThemeProvider';
  private theme: unknown;
  private readonly listeners: Listener[] = [];

  public constructor(theme?: unknown) {
    this.theme = theme;
  }

  public tryGetTheme(): unknown {
    return this.theme;
  }

  public readonly themeChangedEvent = {
    add: (_observer: unknown, listener: Listener): void => {
      this.listeners.push(listener);
    }
  };

  /** What SharePoint does when the site's theme changes. */
  public changeTheme(theme: unknown): void {
    this.theme = theme;
    this.listeners.forEach((listener) => listener({ theme }));
  }
}
