import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CourseSession } from '../session.js';

/** Re-renders its host whenever the learner's session changes. */
export class SessionController implements ReactiveController {
  constructor(private host: ReactiveControllerHost & { session?: CourseSession }) {
    host.addController(this);
  }
  private onChange = () => this.host.requestUpdate();
  hostConnected() {
    this.host.session?.addEventListener('change', this.onChange);
  }
  hostDisconnected() {
    this.host.session?.removeEventListener('change', this.onChange);
  }
}
