// Runs on the audio thread. Mesh's live encounters take PCM16, 16 kHz, mono in chunks of about 100 ms; the
// microphone arrives as float samples at the audio context's own rate (often 48 kHz), so this worklet averages each
// 1/16000 s window of input into one sample and posts a chunk of 1,600 samples (3,200 bytes) at a time.
// The graph puts a low-pass filter in front of it: averaging alone would fold the highs back into the speech band.

const targetRate = 16000;
const chunkSamples = 1600;

class Pcm16Downsampler extends AudioWorkletProcessor {
  constructor() {
    super();
    // Input samples per output sample; not a whole number at 44.1 kHz, so windows alternate in length.
    this.step = sampleRate / targetRate;
    this.position = 0;
    this.sum = 0;
    this.count = 0;
    this.chunk = new Int16Array(chunkSamples);
    this.filled = 0;
    // "flush" posts what has been gathered so far, so pausing or ending keeps the last words.
    this.port.onmessage = (event) => {
      if (event.data === 'flush') {
        this.post(this.filled, true);
      }
    };
  }

  process(inputs) {
    const samples = inputs[0]?.[0];
    if (samples) {
      for (let i = 0; i < samples.length; i++) {
        this.sum += samples[i];
        this.count++;
        this.position++;
        if (this.position >= this.step) {
          this.position -= this.step;
          this.push(this.sum / this.count);
          this.sum = 0;
          this.count = 0;
        }
      }
    }
    return true;
  }

  push(value) {
    const clamped = Math.max(-1, Math.min(1, value));
    this.chunk[this.filled++] = clamped < 0 ? clamped * 0x8000 : clamped * 0x7fff;
    if (this.filled === chunkSamples) {
      this.post(chunkSamples, false);
    }
  }

  post(length, flushed) {
    // The filled part is copied and its buffer transferred, so this thread keeps writing into its own.
    const pcm = this.chunk.slice(0, length).buffer;
    this.port.postMessage({ pcm, flushed }, [pcm]);
    this.filled = 0;
  }
}

registerProcessor('pcm16-downsampler', Pcm16Downsampler);
