import { call } from '../api.js';
import { byId } from '../dom.js';
import { say, showProblem } from '../notices.js';
import { state } from '../state.js';
import { LiveEncounter } from './encounter.js';
import { playSpeech } from './speech.js';
import * as view from './view.js';

// The live visit on the page: the start form, the controls and what the encounter's events show.

const modeNames = { scribe: 'scribe', interpreter: 'interpreter', radiology: 'radiology dictation' };

// Enough for the draftReady event to arrive after EndEncounter answered, before the connection closes.
const lingerAfterEndMs = 3000;

let current = null;
// True while a control (pause, resume, end) runs, so a second click cannot overtake the first.
let busy = false;
let hooks = null;

/** onDraft(draft) opens a draft for review; onRunning(true|false) says whether a visit is being recorded. */
export function setUpLive(onDraft, onRunning) {
  hooks = { onDraft, onRunning };
  byId('live-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    await start(event.submitter ?? event.target.querySelector('button'));
  });
  byId('live-pause').addEventListener('click', () => act('Pausing…', () => current.pause(), 'Paused. The microphone is off.'));
  byId('live-resume').addEventListener('click', () => act('Resuming…', () => current.resume(), 'Recording again.'));
  byId('live-end').addEventListener('click', () => act('Ending the visit and making the draft…', end));
  byId('live-text-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = byId('live-text');
    if (!text.value.trim() || !current) return;
    await current.sendText(byId('live-text-speaker').value, text.value);
    text.value = '';
  });
  // Leaving the page would stop the recording; the browser asks first.
  window.addEventListener('beforeunload', (event) => {
    if (isRecording()) event.preventDefault();
  });
}

/** Readies the form for a newly chosen patient: the patient's language, and no earlier visit on screen. */
export function resetLive(patient) {
  const language = byId('live-patient-language');
  if (![...language.options].some((o) => o.value === patient.language)) language.add(new Option(view.languageName(patient.language), patient.language));
  language.value = patient.language;
  byId('live-consent').checked = false;
  byId('live-session').hidden = true;
  byId('live-form').hidden = false;
}

/** Stops recording without ending the encounter (signing out); it stays on the server. */
export async function leaveLive() {
  const leaving = current;
  current = null;
  hooks?.onRunning(false);
  await leaving?.abandon();
}

const isRecording = () => current !== null && !['ended', 'lost'].includes(current.status);

async function start(button) {
  const request = {
    patientId: state.patient.id,
    mode: byId('live-mode').value,
    doctorLanguage: byId('live-doctor-language').value,
    patientLanguage: byId('live-patient-language').value,
    audioFormat: 'pcm16',
    consent: { obtained: byId('live-consent').checked, method: byId('live-consent-method').value },
  };
  const encounter = new LiveEncounter(request, {
    onEvent: (name, event) => onEvent(encounter, name, event),
    onChange: () => render(encounter),
    onLost: (problem) => {
      showProblem(problem);
      render(encounter);
    },
  });
  button.disabled = true;
  say('Starting the live visit…');
  try {
    await encounter.start();
  } finally {
    button.disabled = false;
  }
  current = encounter;
  view.resetView(request);
  byId('live-reference').textContent = encounter.conversationId;
  byId('live-form').hidden = true;
  byId('live-session').hidden = false;
  byId('review').hidden = true;
  render(encounter);
  say(`Recording a live ${modeNames[request.mode]} visit.`);
  byId('live-session-title').focus();
}

async function end() {
  const encounter = current;
  const draftId = await encounter.end();
  say('Visit ended.');
  if (draftId) await openDraft(encounter, draftId);
  await encounter.close(lingerAfterEndMs);
}

// Runs a control with the controls disabled.
async function act(progress, action, done) {
  const encounter = current;
  if (!encounter || busy) return;
  busy = true;
  render(encounter);
  say(progress);
  try {
    await action();
    if (done) say(done);
  } finally {
    busy = false;
    render(encounter);
  }
}

function onEvent(encounter, name, event) {
  if (encounter !== current) return;
  switch (name) {
    case 'transcriptSegment':
      view.addSegment(event);
      break;
    case 'newMessage':
      view.addMessage(event);
      break;
    case 'ttsAudio':
      if (byId('live-speak').checked) playSpeech(event, () => say('The translation could not be played aloud; it is on screen.'));
      break;
    case 'commandExecuted':
      view.addCommand(event.command);
      say(event.command.summary);
      break;
    case 'radiologyText':
      view.showRadiology(event);
      break;
    case 'draftReady':
      view.showDraftReady(event);
      openDraft(encounter, event.draftId);
      break;
    case 'error':
      showProblem({ title: 'Problem in the live visit', detail: `${event.message} (${event.code})` });
      break;
    default:
      break;
  }
}

// The draft opens in the same review as a recorded visit's, to be checked and signed there; it is fetched once.
async function openDraft(encounter, draftId) {
  if (encounter.draftId === draftId) return;
  encounter.draftId = draftId;
  const draft = await call(`/api/v1/drafts/${encodeURIComponent(draftId)}`);
  if (byId('live-draft').hidden) view.showDraftReady({ findings: null, warnings: draft.warnings });
  hooks.onDraft(draft);
  say('Draft ready for review.');
}

function render(encounter) {
  if (encounter !== current) return;
  const labels = {
    starting: 'Starting',
    active: encounter.listening ? 'Recording' : 'Active, microphone off',
    paused: 'Paused: the microphone is off',
    reconnecting: 'Reconnecting… the microphone keeps recording',
    ended: 'Ended',
    lost: 'Disconnected',
  };
  const { request } = encounter;
  const parts = [
    labels[encounter.status] ?? encounter.status,
    `${modeNames[request.mode]}, doctor ${view.languageName(request.doctorLanguage)}, patient ${view.languageName(request.patientLanguage)}`,
    `${encounter.storedSeconds.toFixed(1)} s of audio stored`,
  ];
  if (encounter.droppedSeconds > 0) parts.push(`${encounter.droppedSeconds.toFixed(1)} s could not be kept while offline`);
  byId('live-state').textContent = parts.join(' · ');

  const running = isRecording();
  const idle = running && !busy && encounter.status !== 'reconnecting';
  byId('live-pause').hidden = encounter.status === 'paused';
  byId('live-resume').hidden = encounter.status !== 'paused';
  byId('live-pause').disabled = !idle;
  byId('live-resume').disabled = !idle;
  byId('live-end').disabled = !idle;
  byId('live-text-form').hidden = !running;
  byId('live-form').hidden = running;
  hooks.onRunning(running);
}
