// The browser's own speech synthesis, used only with voices on this device (localService): a
// network voice would send the course text to another host. Voices arrive asynchronously, so
// availability is re-checked on every `voiceschanged`.

const synth = (): SpeechSynthesis | undefined => (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);

/** A voice on this device for a language ("pl" matches "pl-PL" and "pl_PL"). */
export function localVoice(language: string): SpeechSynthesisVoice | undefined {
  const voices = synth()?.getVoices() ?? [];
  const matches = voices.filter((v) => v.localService && v.lang.toLowerCase().replace('_', '-').split('-')[0] === language);
  return matches.find((v) => v.default) ?? matches[0];
}

/** Calls back whenever the set of voices may have changed; returns the unsubscribe. */
export function onVoicesChanged(callback: () => void): () => void {
  const s = synth();
  s?.addEventListener('voiceschanged', callback);
  return () => s?.removeEventListener('voiceschanged', callback);
}

/** Speaks the chunks in order in a language; resolves when done or stopped. */
export function speak(chunks: string[], language: string): Promise<void> {
  const s = synth();
  const voice = localVoice(language);
  if (!s || !voice || !chunks.length) return Promise.resolve();
  s.cancel();
  return new Promise((resolve) => {
    chunks.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (i === chunks.length - 1) {
        utterance.addEventListener('end', () => resolve());
        utterance.addEventListener('error', () => resolve());
      }
      s.speak(utterance);
    });
  });
}

export function stopSpeaking(): void {
  synth()?.cancel();
}
