/**
 * Stands in for @microsoft/sp-webpart-base, which cannot load in jest (it
 * needs globals that SharePoint's page provides). It keeps the shape the web
 * part uses: context, properties, domElement and the lifecycle methods, and
 * takes the context a test wants through `nextContext`.
 */
let pendingContext: unknown;
let pendingElement: HTMLElement | undefined;

/** The context and element the next web part constructed will see, as SharePoint would hand them over. */
export function nextContext(context: unknown, domElement: HTMLElement): void {
  pendingContext = context;
  pendingElement = domElement;
}

export class BaseClientSideWebPart<TProperties> {
  public readonly context: unknown = pendingContext;
  public properties = {} as TProperties;
  protected readonly domElement: HTMLElement = pendingElement ?? document.createElement('div');

  protected onInit(): Promise<void> {
    return Promise.resolve();
  }

  public render(): void {
    // The real base class leaves rendering to the web part.
  }

  protected onDispose(): void {
    // The real base class has nothing to dispose either.
  }

  /** What SharePoint does when the page removes the web part. */
  public dispose(): void {
    this.onDispose();
  }
}
