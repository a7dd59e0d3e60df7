import { call } from './api.js';
import { byId, el } from './dom.js';
import { say } from './notices.js';
import { state } from './state.js';

/** Search, create and choose the patient the visit is for. */
export function setUpPatients(onChosen) {
  byId('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = byId('search-name').value.trim();
    const query = new URLSearchParams({ limit: '20' });
    if (name) query.set('name', name);
    const page = await call(`/api/v1/patients?${query}`);
    showResults(page, onChosen);
  });

  byId('create-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const patient = await call('/api/v1/patients', { method: 'POST', json: Object.fromEntries(form) });
    event.target.reset();
    byId('create-patient').open = false;
    choose(patient, onChosen);
  });
}

function showResults(page, onChosen) {
  const list = byId('search-results');
  list.replaceChildren(...page.items.map((patient) => el('li', {},
    el('button', { type: 'button', class: 'link' }, describe(patient)))));
  [...list.querySelectorAll('button')].forEach((button, i) =>
    button.addEventListener('click', async () => choose(await call(`/api/v1/patients/${encodeURIComponent(page.items[i].id)}`), onChosen)));
  say(page.total === 0 ? 'No patient matches.' : `${page.total} patient(s) found.`);
}

function choose(patient, onChosen) {
  state.patient = patient;
  byId('search-results').replaceChildren();
  const chosen = byId('patient-chosen');
  chosen.replaceChildren('Patient: ', el('strong', {}, describe(patient)));
  chosen.hidden = false;
  say(`Chosen patient ${patient.familyName}, ${patient.givenName}.`);
  onChosen(patient);
}

const describe = (patient) => `${patient.familyName}, ${patient.givenName} · born ${patient.birthDate}`;
