// One part of the page (the map, the timeline, a dialog...) that fails on its own: its code
// did not arrive, or it threw while it was drawn. The part gives way to a message saying so
// and what to do, and the rest of the atlas goes on working. Without it React would take the
// whole page down with the part, leaving it blank.
import { Component, createRef, type ErrorInfo, type ReactNode, Suspense } from 'react';
import { strings } from '../i18n/strings';

interface PartBoundaryProps {
  /** What the part is, as the message names it ("The map"). */
  readonly part: string;
  readonly children: ReactNode;
  /** Shown while the part's code is loading. */
  readonly loading?: ReactNode;
  /**
   * For a part the reader opened (a dialog): closes it, message and all. The message then
   * floats over the page, as the dialog would have, and takes the focus.
   */
  readonly onClose?: () => void;
}

interface PartBoundaryState {
  readonly error: unknown;
  /** Counts retries: a new key draws the part afresh. */
  readonly attempt: number;
}

/**
 * Says whether an error is a module that could not be fetched (the browsers word it
 * differently): trying again without reloading would get the same answer from React's cache.
 */
export function isCodeNotLoaded(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
    message,
  );
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() === '' ? 'no reason given' : message.trim().slice(0, 200);
}

export class PartBoundary extends Component<PartBoundaryProps, PartBoundaryState> {
  state: PartBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<PartBoundaryState> {
    return { error: error ?? new Error('') };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever reports it.
    console.error(`${this.props.part} failed`, error, info.componentStack);
  }

  private readonly message = createRef<HTMLDivElement>();

  /** What had the focus when a dialog's message took it (the button that opened it). */
  private opener: HTMLElement | null = null;

  componentDidUpdate(_props: PartBoundaryProps, before: PartBoundaryState): void {
    // A dialog's message is where the reader's attention was going: it takes the focus.
    if (before.error === null && this.state.error !== null && this.props.onClose) {
      this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      this.message.current?.querySelector('button')?.focus();
    }
  }

  componentWillUnmount(): void {
    // Closed, as a dialog would be: the focus goes back where it came from.
    const message = this.message.current;
    if (message?.contains(document.activeElement) && this.opener?.isConnected) this.opener.focus();
  }

  private readonly retry = () => {
    this.setState(({ attempt }) => ({ error: null, attempt: attempt + 1 }));
  };

  render() {
    const { error, attempt } = this.state;
    const { part, children, loading = null, onClose } = this.props;
    if (error === null) {
      return (
        <Suspense key={attempt} fallback={loading}>
          {children}
        </Suspense>
      );
    }
    const notLoaded = isCodeNotLoaded(error);
    return (
      <div
        ref={this.message}
        className={onClose ? 'part-failed is-floating' : 'part-failed'}
        role="alert"
        onKeyDown={
          onClose
            ? (event) => {
                // Escape closes the message, as it would have closed the dialog, and nothing
                // else (the page's own Escape closes the details).
                if (event.key !== 'Escape') return;
                event.stopPropagation();
                onClose();
              }
            : undefined
        }
        data-testid="part-failed"
        data-part={part}
      >
        <p>{notLoaded ? strings.partNotLoaded(part) : strings.partFailed(part, reasonOf(error))}</p>
        <p className="part-failed-actions">
          {notLoaded ? (
            <button type="button" onClick={() => window.location.reload()}>
              {strings.reloadPage}
            </button>
          ) : (
            <button type="button" onClick={this.retry}>
              {strings.tryAgain}
            </button>
          )}
          {onClose && (
            <button type="button" onClick={onClose}>
              {strings.closePart}
            </button>
          )}
        </p>
      </div>
    );
  }
}
