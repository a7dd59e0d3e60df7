import { call } from './api.js';
import { byId, el } from './dom.js';
import { showProblem } from './notices.js';
import * as session from './session.js';
import { state } from './state.js';

// The chat panel: questions go to /hubs/chat, which streams who answers, the answer's words and its citations.
// Every piece of server text is placed with textContent (see dom.js), never as markup.

const hubPath = '/hubs/chat';
// Where each cited record opens; items of a patient's lists open the patient.
const recordPaths = {
  patient: (id) => `/api/v1/patients/${encodeURIComponent(id)}`,
  allergy: (id) => `/api/v1/patients/${encodeURIComponent(id.split('/')[0])}`,
  condition: (id) => `/api/v1/patients/${encodeURIComponent(id.split('/')[0])}`,
  medication: (id) => `/api/v1/patients/${encodeURIComponent(id.split('/')[0])}`,
  observation: (id) => `/api/v1/patients/${encodeURIComponent(id.split('/')[0])}`,
  procedure: (id) => `/api/v1/patients/${encodeURIComponent(id.split('/')[0])}`,
  report: (id, version) => `/api/v1/reports/${encodeURIComponent(id)}${version ? `?version=${version}` : ''}`,
  claim: (id) => `/api/v1/claims/${encodeURIComponent(id)}`,
  contract: (id) => `/api/v1/contracts/${encodeURIComponent(id)}`,
};

let connection = null;
let chatId = null;
let connectedAs = null;

async function hub() {
  const token = session.current()?.token;
  if (connection && connectedAs === token) return connection;
  if (connection) await connection.stop();
  connection = new signalR.HubConnectionBuilder()
    .withUrl(hubPath, { accessTokenFactory: () => session.current()?.token ?? '' })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  await connection.start();
  connectedAs = token;
  chatId = await connection.invoke('OpenChat');
  return connection;
}

function addEntry(role, who, text) {
  const body = el('span', { class: 'text' }, text);
  const item = el('li', { class: role }, el('span', { class: 'who' }, who), body);
  byId('chat-log').append(item);
  item.scrollIntoView({ block: 'nearest' });
  return { item, body };
}

function showCitations(item, citations) {
  if (!citations?.length) return;
  const buttons = citations.map((c) => {
    const button = el('button', { type: 'button' }, `${c.resourceType} ${c.id}${c.version ? ` v${c.version}` : ''}: ${c.label}`);
    button.addEventListener('click', () => openRecord(c).catch((error) => showProblem(error.problem ?? { title: String(error) })));
    return button;
  });
  item.append(el('div', { class: 'citations', 'aria-label': 'Sources' }, 'Sources: ', ...buttons));
}

async function openRecord(citation) {
  const path = recordPaths[citation.resourceType];
  if (!path) return;
  const record = await call(path(citation.id, citation.version));
  byId('chat-record-title').textContent = `${citation.resourceType} ${citation.id}`;
  byId('chat-record-body').textContent = JSON.stringify(record, null, 2);
  byId('chat-record').hidden = false;
  byId('chat-record').open = true;
}

async function readFile(input) {
  const file = input.files?.[0];
  if (!file) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { name: file.name, contentType: file.type || null, content: btoa(binary) };
}

async function ask(request, shown) {
  const live = await hub();
  if (shown) addEntry('user', session.current()?.name ?? 'You', shown);
  const answer = addEntry('assistant', 'Team', '');
  await new Promise((resolve, reject) => {
    live.stream('Ask', chatId, request).subscribe({
      next: (event) => {
        if (event.type === 'specialist') answer.item.querySelector('.who').textContent = event.text ?? 'Team';
        if (event.type === 'token') answer.body.textContent += event.text;
        if (event.type === 'done') {
          answer.body.textContent = event.turn.text;
          showCitations(answer.item, event.turn.citations);
          byId('chat-import').hidden = event.turn.kind !== 'File' || !/Confirm to import/.test(event.turn.text);
        }
      },
      complete: resolve,
      error: reject,
    });
  });
}

function setUp() {
  byId('chat-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const message = byId('chat-message').value.trim();
    const file = await readFile(byId('chat-file'));
    if (!message && !file) return;
    const contexts = byId('chat-about-patient').checked && state.patient ? [{ type: 'PATIENT', id: state.patient.id }] : [];
    await ask({ message, contexts, file, confirmImport: false }, message || `Attached ${file.name}`);
    byId('chat-message').value = '';
    byId('chat-file').value = '';
  });
  byId('chat-import').addEventListener('click', async () => {
    byId('chat-import').hidden = true;
    await ask({ message: 'Import the attached file.', contexts: [], file: null, confirmImport: true }, 'Import the attached file.');
  });
  byId('chat-clear').addEventListener('click', async () => {
    if (chatId) await call(`/api/v1/chats/${encodeURIComponent(chatId)}/messages`, { method: 'DELETE', raw: true });
    byId('chat-log').replaceChildren();
    byId('chat-record').hidden = true;
  });
}

setUp();
