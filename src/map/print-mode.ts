// Whether the page is being printed: the map then shows its table and as-of line instead of its
// controls (the table is otherwise rendered only when asked for). Both the print media query and
// the before/afterprint events are followed (each browser fires a different one first); the
// listeners go on connect and come off on disconnect.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  printing = false;
  private query: MediaQueryList | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected() {
    this.query = window.matchMedia?.('print');
    this.query?.addEventListener('change', this.onChange);
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
  }

  hostDisconnected() {
    this.query?.removeEventListener('change', this.onChange);
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
  }

  private set(printing: boolean) {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  private onChange = (event: MediaQueryListEvent) => this.set(event.matches);
  private onBefore = () => this.set(true);
  private onAfter = () => this.set(false);
}
