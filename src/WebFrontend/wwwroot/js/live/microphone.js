import { ProblemError } from '../api.js';

/**
 * The microphone as 16 kHz PCM16 mono in chunks of about 100 ms: getUserMedia, a low-pass filter and the
 * downsampling worklet. Every chunk (an ArrayBuffer) goes to onChunk, in order.
 */
export async function openMicrophone(onChunk) {
  if (!navigator.mediaDevices?.getUserMedia || typeof AudioWorkletNode === 'undefined') {
    throw new ProblemError({
      title: 'This browser cannot record here',
      detail: 'A live visit needs microphone access and AudioWorklet, which browsers give only to pages on HTTPS or localhost.',
    });
  }

  let stream;
  try {
    // Echo cancellation keeps read-aloud translations from being transcribed again.
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    });
  } catch (error) {
    throw new ProblemError({
      title: 'The microphone is not available',
      detail: error.name === 'NotAllowedError'
        ? 'The browser was not allowed to use the microphone. Allow it for this page and start again.'
        : String(error.message || error),
    });
  }

  const context = new AudioContext();
  let flushed = null;
  try {
    await context.audioWorklet.addModule(new URL('./pcm16-worklet.js', import.meta.url));
    const source = context.createMediaStreamSource(stream);
    // Speech sits below 7 kHz; the rest would alias when the worklet drops to 16 kHz (8 kHz Nyquist).
    const lowPass = new BiquadFilterNode(context, { type: 'lowpass', frequency: 7000, Q: Math.SQRT1_2 });
    const worklet = new AudioWorkletNode(context, 'pcm16-downsampler', {
      numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1, channelCountMode: 'explicit', channelInterpretation: 'speakers',
    });
    worklet.port.onmessage = ({ data }) => {
      if (data.pcm.byteLength > 0) onChunk(data.pcm);
      if (data.flushed) flushed?.();
    };
    // The worklet writes only silence; it is connected to the output because a browser runs only nodes that are pulled.
    source.connect(lowPass).connect(worklet).connect(context.destination);
    await context.resume();

    // Asks the worklet for its partial chunk and waits until it has been handed to onChunk.
    const flush = () => new Promise((resolve) => {
      flushed = resolve;
      worklet.port.postMessage('flush');
      setTimeout(resolve, 500);
    });
    const tracks = stream.getAudioTracks();
    return {
      /** Stops listening: the last partial chunk is sent, then the track is muted and the graph suspended. */
      async pause() {
        await flush();
        tracks.forEach((track) => { track.enabled = false; });
        await context.suspend();
      },
      async resume() {
        tracks.forEach((track) => { track.enabled = true; });
        await context.resume();
      },
      /** Sends the last partial chunk and lets go of the microphone. */
      async stop() {
        if (context.state === 'running') await flush();
        tracks.forEach((track) => track.stop());
        await context.close();
      },
    };
  } catch (error) {
    stream.getTracks().forEach((track) => track.stop());
    await context.close();
    throw error;
  }
}
