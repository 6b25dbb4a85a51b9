/**
 * A React error boundary: a render error below it shows `fallback` instead of unmounting the
 * whole page. The app wraps everything in one and the 3D viewer in another, so a crash in the
 * scene leaves the lists and the panel working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to show after a crash; receives the error. */
  fallback: (error: Error) => ReactNode;
  /** Where the crash happened, for the console message. */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever opens the developer tools; the user sees the fallback.
    console.error(`[${this.props.name}] crashed`, error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
