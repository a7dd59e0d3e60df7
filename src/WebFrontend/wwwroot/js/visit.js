import { call } from './api.js';
import { byId, today } from './dom.js';
import { say } from './notices.js';
import * as session from './session.js';
import { state } from './state.js';

/** The visit form: audio and/or a typed transcript become a draft for the chosen patient. */
export function setUpVisit(onDraft) {
  byId('visit-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData();
    form.set('patientId', state.patient.id);
    form.set('doctorId', session.current().userId);
    form.set('date', byId('visit-date').value);
    form.set('language', byId('visit-language').value);
    const audio = byId('audio').files[0];
    if (audio) form.set('audio', audio, audio.name);
    const transcript = byId('transcript').value;
    if (transcript.trim()) form.set('fallbackTranscript', transcript);
    say('Generating the draft…');
    const button = event.submitter ?? event.target.querySelector('button');
    button.disabled = true;
    try {
      const draft = await call('/api/v1/generate-draft', { method: 'POST', form });
      say('Draft ready for review.');
      onDraft(draft);
    } finally {
      button.disabled = false;
    }
  });
}

/** Readies the form for a newly chosen patient: today's date and the patient's language. */
export function resetVisit(patient) {
  byId('visit-date').value = today();
  const language = byId('visit-language');
  if (![...language.options].some((o) => o.value === patient.language)) language.add(new Option(patient.language, patient.language));
  language.value = patient.language;
}
