import { ProblemError } from '../api.js';
import { connect, hubMessage } from './connection.js';
import { EventOrder } from './event-order.js';
import { openMicrophone } from './microphone.js';
import { AudioUploader } from './uploader.js';

/** The events the hub sends to everyone in an encounter (audioAck goes to the uploader only). */
export const eventNames = ['transcriptSegment', 'newMessage', 'ttsAudio', 'commandExecuted', 'radiologyText', 'encounterStatus', 'draftReady', 'error'];

/**
 * One live visit from Start to End: the hub connection, the microphone and the upload. The microphone follows the
 * encounter's status whoever changed it; after a reconnect the encounter is joined again and the missed events are
 * fetched. Each event reaches onEvent once.
 */
export class LiveEncounter {
  /** starting, active, paused, reconnecting, ended or lost. */
  status = 'starting';

  /** Whether the microphone is on and its audio is being sent. */
  listening = false;

  conversationId = null;

  #connection = connect();
  #uploader = new AudioUploader(this.#connection);
  #order = new EventOrder();
  #microphone = null;
  #microphoneQueue = Promise.resolve();
  #handlers;
  #closing = false;

  /** handlers: onEvent(name, event), onChange() when status or progress changes, onLost(problem) when reconnecting gave up. */
  constructor(request, handlers) {
    this.request = request;
    this.#handlers = handlers;
    this.#uploader.onProgress = () => handlers.onChange();
    for (const name of eventNames) this.#connection.on(name, (event) => this.#receive(name, event));
    this.#connection.on('audioAck', (ack) => this.#uploader.acknowledged(ack));
    this.#connection.onreconnecting(() => {
      this.#uploader.lost();
      this.#setStatus('reconnecting');
    });
    this.#connection.onreconnected(() => this.#rejoin().catch((error) => this.#lose(error)));
    this.#connection.onclose((error) => {
      if (!this.#closing) this.#lose(error);
    });
  }

  /** Seconds of audio the server has stored, and seconds let go before they could be sent (PCM16 16 kHz: 32,000 bytes a second). */
  get storedSeconds() {
    return this.#uploader.storedBytes / 32000;
  }

  get droppedSeconds() {
    return this.#uploader.droppedBytes / 32000;
  }

  /** Opens the microphone first (nothing is started if it is refused), then connects and starts the encounter. */
  async start() {
    try {
      this.#microphone = await openMicrophone((pcm) => this.#uploader.add(pcm));
      this.listening = true;
      await this.#connection.start().catch((error) => {
        throw new ProblemError({
          title: 'Could not connect for the live visit',
          detail: String(error.message ?? error),
          status: error.statusCode,
        });
      });
      const started = await this.#invoke('Could not start the live visit', 'StartEncounter', this.request);
      this.conversationId = started.conversationId;
      // Opens the upload, which sends what the microphone recorded while the encounter was being started.
      this.#setStatus('active');
    } catch (error) {
      await this.abandon();
      throw error;
    }
  }

  /** Sends what the microphone still holds, waits for it to be stored, then pauses: audio after that is never recorded. */
  async pause() {
    await this.#listen(false);
    await this.#uploader.drained(3000);
    try {
      await this.#invoke('Could not pause', 'PauseEncounter', this.conversationId);
    } catch (error) {
      await this.#listen(true);
      throw error;
    }
    this.#setStatus('paused');
  }

  async resume() {
    await this.#invoke('Could not resume', 'ResumeEncounter', this.conversationId);
    this.#setStatus('active');
  }

  /** Stores the last audio, ends the encounter and lets go of the microphone; resolves to the draft id. */
  async end() {
    const wasListening = this.listening;
    await this.#listen(false);
    await this.#uploader.drained(5000);
    let draftId;
    try {
      draftId = await this.#invoke('Could not end the visit', 'EndEncounter', this.conversationId);
    } catch (error) {
      if (wasListening && this.status === 'active') await this.#listen(true);
      throw error;
    }
    this.#setStatus('ended');
    await this.#microphoneQueue;
    await this.#microphone.stop();
    return draftId;
  }

  /** Typed input, handled like speech. */
  sendText(speaker, text) {
    return this.#invoke('Could not add the line', 'SendText', this.conversationId, speaker, text);
  }

  /** Closes the connection once the last events had time to arrive. */
  async close(afterMs = 0) {
    if (afterMs > 0) await new Promise((resolve) => setTimeout(resolve, afterMs));
    this.#closing = true;
    await this.#connection.stop();
  }

  /** Stops recording and disconnects without ending: the encounter and its stored audio stay on the server. */
  async abandon() {
    this.listening = false;
    this.#closing = true;
    await this.#microphoneQueue;
    await this.#microphone?.stop().catch(() => {});
    await this.#connection.stop().catch(() => {});
  }

  #receive(name, event, replayed = false) {
    if (name === 'error' && this.#uploader.refused(event)) return;
    if (!this.#order.accept(event)) return;
    // A replayed status is history; the status the join answered with is the current one.
    if (name === 'encounterStatus' && !replayed) this.#setStatus(event.status);
    this.#handlers.onEvent(name, event);
  }

  // A reconnect is a new connection: join again, take the events missed meanwhile, and resend unacknowledged audio.
  async #rejoin() {
    if (!this.conversationId) return;
    const joined = await this.#connection.invoke('JoinEncounter', this.conversationId, this.#order.last);
    for (const event of joined.events ?? []) this.#receive(event.type, event, true);
    this.#setStatus(joined.encounter.status);
  }

  // Keeps the microphone and the upload in step with the encounter's status, whoever changed it.
  #setStatus(status) {
    this.status = status;
    if (status === 'active' && this.#connection.state === signalR.HubConnectionState.Connected) {
      if (!this.#uploader.isOpen) this.#uploader.open(this.conversationId);
      this.#listen(true);
    } else if (status === 'paused' || status === 'ended') {
      this.#listen(false).then(() => this.#uploader.close());
    }
    this.#handlers.onChange();
  }

  // Microphone changes run one after another: a pause still flushing must not overtake a resume.
  #listen(on) {
    if (this.listening !== on && this.#microphone) {
      this.listening = on;
      const microphone = this.#microphone;
      this.#microphoneQueue = this.#microphoneQueue
        .then(() => (on ? microphone.resume() : microphone.pause()))
        .catch(() => {})
        .then(() => this.#handlers.onChange());
    }
    return this.#microphoneQueue;
  }

  async #invoke(title, method, ...args) {
    try {
      return await this.#connection.invoke(method, ...args);
    } catch (error) {
      throw new ProblemError({ title, detail: hubMessage(error) });
    }
  }

  #lose(error) {
    if (this.status === 'ended') return;
    this.abandon();
    this.status = 'lost';
    this.#handlers.onChange();
    this.#handlers.onLost({
      title: 'The live visit lost its connection',
      detail: `Recording stopped. The encounter and the ${this.storedSeconds.toFixed(1)} s of audio stored so far are kept on the server. ${error ? String(error.message ?? error) : ''}`.trim(),
    });
  }
}
