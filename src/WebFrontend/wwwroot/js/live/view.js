import { byId, el } from '../dom.js';
import { readable } from '../sections.js';

// What the live visit shows: the transcript, the interpreter's two columns, the commands carried out and the radiology
// text. Every piece of server text goes in as textContent (see dom.js).

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
export const languageName = (code) => languageNames.of(code) ?? code;

const speakerNames = { doctor: 'Doctor', patient: 'Patient' };
const speakerName = (speaker) => speakerNames[speaker] ?? 'Speaker';

let encounter = null;

/** Clears the view for a new encounter and shows the parts its mode uses. */
export function resetView(started) {
  encounter = started;
  byId('live-transcript').replaceChildren();
  byId('live-conversation-rows').replaceChildren();
  byId('live-commands').replaceChildren();
  byId('live-commands-empty').hidden = false;
  byId('live-findings').textContent = '';
  byId('live-impressions').textContent = '';
  byId('live-draft').hidden = true;
  byId('live-transcript-pane').hidden = started.mode === 'interpreter';
  byId('live-interpreter').hidden = started.mode !== 'interpreter';
  byId('live-radiology').hidden = started.mode !== 'radiology';
  byId('live-doctor-column').textContent = `${languageName(started.doctorLanguage)} (doctor)`;
  byId('live-patient-column').textContent = `${languageName(started.patientLanguage)} (patient)`;
}

/** One final piece of the transcript. */
export function addSegment(segment) {
  byId('live-transcript').append(el('li', { class: 'segment', 'data-segment-id': segment.segmentId },
    el('span', { class: 'speaker' }, `${speakerName(segment.speaker)}: `),
    el('span', { lang: segment.language }, segment.text)));
}

/** An interpreted utterance: the original in its speaker's column, the translation in the listener's. */
export function addMessage(message) {
  const original = el('td', { lang: message.language }, message.text);
  const translated = message.translation
    ? el('td', { lang: message.translationLanguage, class: 'translation' }, message.translation)
    : el('td', { class: 'hint' }, message.note ? `Not translated: ${message.note}` : 'Not translated.');
  const fromDoctor = message.speaker === 'doctor' || (message.speaker !== 'patient' && message.language === encounter?.doctorLanguage);
  const [doctorCell, patientCell] = fromDoctor ? [original, translated] : [translated, original];
  byId('live-conversation-rows').append(el('tr', { 'data-segment-id': message.segmentId },
    el('th', { scope: 'row' }, speakerName(message.speaker)), doctorCell, patientCell));
}

/** A voice command that was carried out. */
export function addCommand(command) {
  byId('live-commands-empty').hidden = true;
  byId('live-commands').append(el('li', { 'data-kind': command.kind },
    el('strong', {}, `${readable(command.kind)}: `), command.summary,
    el('span', { class: 'heard' }, ' Heard: ', el('q', {}, command.utterance))));
}

/** The radiology report's text as the dictation last left it. */
export function showRadiology({ findings, impressions }) {
  byId('live-findings').textContent = findings;
  byId('live-impressions').textContent = impressions;
}

/** The draft is made: says so, with what the drafting noticed. */
export function showDraftReady({ findings, warnings }) {
  byId('live-draft-text').textContent = `Draft ready: ${findings} finding${findings === 1 ? '' : 's'} from the visit.`;
  byId('live-draft-warnings').replaceChildren(...(warnings ?? []).map((warning) => el('li', {}, warning)));
  byId('live-draft').hidden = false;
}
