// Numbers the microphone's chunks and streams them to UploadAudio. Every chunk is kept until the server acknowledges
// that very chunk as stored, so a dropped connection loses nothing: the next upload resends what is still held, oldest
// first, which is the last acknowledged chunk + 1 onwards. A chunk that was stored but whose acknowledgement was lost is
// sent twice; the encounter keeps one copy.

// About ten minutes of audio; beyond that the oldest unacknowledged chunk is let go rather than filling the tab's memory.
const maxHeld = 6000;
// How long a chunk refused as too fast waits before it is sent again.
const retryAfterMs = 1000;

// signalR is the global of lib/signalr/signalr.min.js, which index.html loads before the modules.
export class AudioUploader {
  #connection;
  // Sequence -> { chunk, bytes }, in sequence order (a Map keeps insertion order).
  #held = new Map();
  #subject = null;
  #next = 1;
  #waiters = [];

  /** Bytes of PCM stored, and bytes let go unstored because too much was waiting. */
  storedBytes = 0;

  droppedBytes = 0;

  /** Called whenever the counts above change. */
  onProgress = () => {};

  constructor(connection) {
    this.#connection = connection;
  }

  /** Takes one chunk of PCM16; it is sent at once while an upload is open, otherwise when the next one opens. */
  add(pcm) {
    const chunk = { sequence: this.#next++, data: toBase64(pcm) };
    this.#held.set(chunk.sequence, { chunk, bytes: pcm.byteLength });
    if (this.#held.size > maxHeld) {
      const oldest = this.#held.keys().next().value;
      this.droppedBytes += this.#held.get(oldest).bytes;
      this.#held.delete(oldest);
      this.onProgress();
    }
    this.#send(chunk);
  }

  get isOpen() {
    return this.#subject !== null;
  }

  /** Opens an upload for the encounter and resends every chunk not yet acknowledged, oldest first. */
  open(conversationId) {
    this.close();
    this.#subject = new signalR.Subject();
    // Resolves once the call is sent; a failure here means the connection dropped, and the reconnect opens a new upload.
    this.#connection.send('UploadAudio', conversationId, this.#subject).catch(() => {});
    for (const { chunk } of this.#held.values()) this.#send(chunk);
  }

  /** Ends the upload cleanly (pause, end). */
  close() {
    if (this.#subject && this.#connection.state === signalR.HubConnectionState.Connected) this.#subject.complete();
    this.#subject = null;
  }

  /** The connection dropped and took the upload with it; chunks wait here until the next one opens. */
  lost() {
    this.#subject = null;
  }

  /**
   * An audioAck. Its sequence says every chunk up to it is stored, but only counting from the first chunk the server
   * stored in this upload; the chunk it names is certain, so only that one is let go.
   */
  acknowledged({ chunk }) {
    const held = this.#held.get(chunk);
    if (!held) return;
    this.#held.delete(chunk);
    this.storedBytes += held.bytes;
    this.onProgress();
    this.#wake();
  }

  /** An error about one chunk; returns true when it is expected and handled here, so it need not be shown. */
  refused({ code, chunk }) {
    if (chunk === undefined || chunk === null || !this.#held.has(chunk)) return false;
    if (code === 'rate_limited') {
      setTimeout(() => {
        const held = this.#held.get(chunk);
        if (held) this.#send(held.chunk);
      }, retryAfterMs);
      return true;
    }
    // Refused for good (the encounter is paused or ended, or the chunk is malformed): keeping it would resend it forever.
    this.#held.delete(chunk);
    this.#wake();
    return code.startsWith('encounter_');
  }

  /** Resolves once every chunk is acknowledged (or refused), or after timeoutMs; true when nothing is left. */
  drained(timeoutMs) {
    if (this.#held.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = () => resolve(this.#held.size === 0);
      this.#waiters.push(waiter);
      setTimeout(waiter, timeoutMs);
    });
  }

  #send(chunk) {
    // A chunk sent on a connection that is going away would only fail inside the client; it is resent on the next upload.
    if (this.#subject && this.#connection.state === signalR.HubConnectionState.Connected) this.#subject.next(chunk);
  }

  #wake() {
    if (this.#held.size > 0) return;
    const waiters = this.#waiters;
    this.#waiters = [];
    waiters.forEach((waiter) => waiter());
  }
}

// Hub arguments travel as JSON, where byte[] is base64.
function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
