import type { ReactiveController, ReactiveControllerHost } from 'lit';
import i18next from 'i18next';

/**
 * Re-renders its host when the learner switches language, while the host is connected. Every
 * element that shows text through `t()` adds one, so no element has to be handed the language.
 */
export class LocaleController implements ReactiveController {
  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }
  private onChange = () => this.host.requestUpdate();
  hostConnected() {
    i18next.on('languageChanged', this.onChange);
  }
  hostDisconnected() {
    i18next.off('languageChanged', this.onChange);
  }
}
