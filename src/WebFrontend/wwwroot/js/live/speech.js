// Plays read-aloud translations one after another, so a quick exchange does not talk over itself.

let queue = Promise.resolve();

/** Queues a ttsAudio event's audio; events replayed after a reconnect carry none and are skipped. */
export function playSpeech({ audio, contentType }, onFailure) {
  if (!audio) return;
  const bytes = Uint8Array.from(atob(audio), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType || 'audio/wav' }));
  queue = queue.then(() => new Promise((resolve) => {
    const player = new Audio(url);
    const done = () => {
      URL.revokeObjectURL(url);
      resolve();
    };
    player.addEventListener('ended', done, { once: true });
    player.addEventListener('error', done, { once: true });
    player.play().catch((error) => {
      // Autoplay rules or a missing output device; the translation is on screen either way.
      onFailure(error);
      done();
    });
  }));
}
