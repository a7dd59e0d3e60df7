// Drives one live encounter through Mesh's /hubs/encounters with the real @microsoft/signalr client.
// Input: a JSON scenario file (argv[2]) with the hub URL, a token and a list of steps.
// Output: one JSON object per line on stdout, e.g. {"t":"event","name":"audioAck","data":{...}}; the caller asserts on them.
import { readFileSync } from "node:fs";
import * as signalR from "@microsoft/signalr";

const scenario = JSON.parse(readFileSync(process.argv[2], "utf8"));
const emit = (record) => process.stdout.write(JSON.stringify(record) + "\n");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const eventNames = ["audioAck", "transcriptSegment", "newMessage", "ttsAudio", "commandExecuted", "draftReady",
  "encounterStatus", "error", "radiologyText"];
const seen = new Map(eventNames.map((name) => [name, []]));
let lastAck = 0;
let conversationId = scenario.conversationId ?? null;

// When a server goes away mid-stream, @microsoft/signalr can throw its socket's close error from inside the socket's
// close event, where no caller can catch it. The connection is closed either way and onclose below moves on; any other
// uncaught error still ends the run.
process.on("uncaughtException", (error) => {
  if (urls.length > 1 && String(error?.message ?? error).startsWith("WebSocket closed with status code")) {
    emit({ t: "socketClosed", message: String(error.message) });
    return;
  }
  emit({ t: "fatal", message: String(error?.stack ?? error) });
  process.exit(1);
});

// scenario.urls lists more WebFrontends: when the connection to one closes for good, the client moves to the next,
// re-joins its encounter and resends from its last acknowledged chunk, as a clinic app behind a load balancer would.
const urls = scenario.urls ?? [scenario.url];
let urlIndex = 0;
let connection = connect(urls[0]);

function connect(url) {
  const built = new signalR.HubConnectionBuilder()
    .withUrl(url, { accessTokenFactory: () => scenario.token, transport: signalR.HttpTransportType.WebSockets })
    .withAutomaticReconnect(urls.length > 1 ? [0, 200] : [0, 200, 500, 1000, 2000, 2000, 2000])
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  built.serverTimeoutInMilliseconds = urls.length > 1 ? 5000 : 60000;
  wire(built);
  return built;
}

async function moveToNextServer() {
  urlIndex = (urlIndex + 1) % urls.length;
  connection = connect(urls[urlIndex]);
  await connection.start();
  emit({ t: "movedServer", url: urls[urlIndex] });
  if (conversationId) {
    const joined = await connection.invoke("JoinEncounter", conversationId, 0);
    emit({ t: "joined", lastEventSequence: joined.encounter.lastEventSequence });
  }
}

function wire(connection) {
for (const name of eventNames) {
  connection.on(name, (data) => {
    if (name === "audioAck") {
      lastAck = Math.max(lastAck, data.sequence);
    }
    if (name === "ttsAudio" && data.audio) {
      data.audioBytes = Buffer.from(data.audio, "base64").length;
      delete data.audio;
    }
    seen.get(name).push(data);
    emit({ t: "event", name, data });
  });
}
connection.onreconnected(async () => {
  emit({ t: "reconnected" });
  if (conversationId) {
    const joined = await connection.invoke("JoinEncounter", conversationId, 0);
    emit({ t: "joined", lastEventSequence: joined.encounter.lastEventSequence });
  }
});
connection.onclose(() => {
  if (urls.length > 1 && !stopping) {
    moveToNextServer().catch((error) => emit({ t: "moveFailed", message: String(error) }));
  }
});
}
let stopping = false;

// 100 ms of PCM16 16 kHz mono is 3,200 bytes. A WAV file's data chunk is found by walking its chunks.
function pcmOf(path) {
  const wav = readFileSync(path);
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = wav.toString("ascii", offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === "data") {
      return wav.subarray(offset + 8, offset + 8 + size);
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error(`no data chunk in ${path}`);
}

async function upload(step) {
  const pcm = pcmOf(step.wav);
  const chunkBytes = step.chunkBytes ?? 3200;
  const total = Math.ceil(pcm.length / chunkBytes);
  let next = step.fromChunk ?? lastAck + 1;
  while (next <= total) {
    const subject = new signalR.Subject();
    const finished = connection.send("UploadAudio", conversationId, subject);
    const started = Date.now();
    let sent = 0;
    try {
      for (; next <= total; next++) {
        const data = pcm.subarray((next - 1) * chunkBytes, next * chunkBytes).toString("base64");
        subject.next({ sequence: next, data });
        sent++;
        if (step.pace) {
          const due = started + sent * (step.chunkMs ?? 100);
          await sleep(Math.max(0, due - Date.now()));
        }
        if (connection.state !== signalR.HubConnectionState.Connected) {
          throw new Error("connection lost");
        }
      }
      subject.complete();
      await finished;
    } catch (error) {
      emit({ t: "uploadInterrupted", message: String(error), next });
      await waitUntil(() => connection.state === signalR.HubConnectionState.Connected, 30000);
      next = lastAck + 1;
    }
  }
  await waitUntil(() => lastAck >= total, step.ackTimeoutMs ?? 30000);
  emit({ t: "uploaded", chunks: total, lastAck });
}

async function waitUntil(condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms`);
    }
    await sleep(20);
  }
}

async function run(step) {
  switch (step.op) {
    case "start": {
      const result = await connection.invoke("StartEncounter", step.request);
      conversationId = result.conversationId;
      emit({ t: "started", conversationId });
      break;
    }
    case "join": {
      const joined = await connection.invoke("JoinEncounter", step.conversationId ?? conversationId, step.afterSequence ?? 0);
      conversationId = step.conversationId ?? conversationId;
      emit({ t: "joined", encounter: joined.encounter, events: joined.events });
      break;
    }
    case "upload":
      await upload(step);
      break;
    case "sendChunks": {
      // Sends the given chunks as they are (sizes, sequences) in one upload, for limit tests.
      const subject = new signalR.Subject();
      const finished = connection.send("UploadAudio", conversationId, subject);
      for (const chunk of step.chunks) {
        subject.next({ sequence: chunk.sequence, data: Buffer.alloc(chunk.bytes, chunk.fill ?? 0).toString("base64") });
      }
      subject.complete();
      await finished;
      break;
    }
    case "invoke": {
      const args = (step.args ?? []).map((arg) => (arg === "$conversationId" ? conversationId : arg));
      try {
        const result = await connection.invoke(step.method, ...args);
        emit({ t: "result", method: step.method, result: result ?? null });
      } catch (error) {
        emit({ t: "invokeError", method: step.method, message: String(error.message ?? error) });
      }
      break;
    }
    case "waitFor":
      await waitUntil(() => seen.get(step.event).length >= step.count, step.timeoutMs ?? 30000);
      break;
    case "sleep":
      await sleep(step.ms);
      break;
    default:
      throw new Error(`unknown step ${step.op}`);
  }
}

try {
  await connection.start();
  emit({ t: "connected" });
  for (const step of scenario.steps) {
    await run(step);
    emit({ t: "step", op: step.op });
  }
  emit({ t: "done" });
  stopping = true;
  await connection.stop();
  process.exit(0);
} catch (error) {
  emit({ t: "failed", message: String(error.message ?? error) });
  stopping = true;
  await connection.stop().catch(() => {});
  process.exit(1);
}
