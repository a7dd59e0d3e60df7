import { byId, el, uniqueId } from './dom.js';
import { itemsOf, readable, removeItem, sections } from './sections.js';
import { clearHighlight, highlight, renderTranscript } from './transcript.js';

// The item last focused or clicked: its evidence stays marked while the pointer wanders.
let pinned = null;

/** Shows a draft for review: warnings, the note as editable rows, the transcript beside it and the patient summary. */
export function renderReview(draft) {
  pinned = null;
  // Allergy conflicts are also among the plain warnings (for older clients); shown once, with both sides.
  const conflicts = draft.allergyConflicts ?? [];
  const conflictMessages = new Set(conflicts.map((c) => c.message));
  const warnings = (draft.warnings ?? []).filter((w) => !conflictMessages.has(w));
  byId('warning-list').replaceChildren(...conflicts.map(renderAllergyConflict), ...warnings.map((w) => el('li', {}, w)));
  byId('warnings').hidden = conflicts.length + warnings.length === 0;
  renderTranscript(byId('transcript-view'), draft.transcript);
  const note = byId('note');
  note.replaceChildren(...sections.map((section) => el('section', { class: 'note-section', 'data-section': section.key })));
  sections.forEach((section) => renderSection(draft.clinicalDraft, section));
  byId('summary').value = draft.patientSummaryMd ?? '';
}

/** A drug against a recorded allergy: the words that order it and the allergy on record it conflicts with. */
function renderAllergyConflict(conflict) {
  const source = conflict.source ? `${conflict.source.resourceType}/${conflict.source.resourceId}` : 'entered in Mesh';
  const quotes = (conflict.evidence ?? []).map((e) => el('q', {}, e.quote));
  return el('li', { class: 'allergy-conflict', 'data-kind': conflict.kind },
    el('strong', {}, 'Allergy conflict: '), conflict.message,
    el('br'), 'Heard: ', quotes, el('br'), `On record: ${conflict.allergy} (${source})`);
}

function renderSection(noteData, section) {
  const container = byId('note').querySelector(`[data-section="${section.key}"]`);
  const headingId = uniqueId(`h-${section.key}`);
  const items = itemsOf(noteData, section);
  const heading = el('h3', { id: headingId, tabindex: '-1' }, section.title);
  const list = items.length === 0
    ? el('p', { class: 'empty' }, 'Nothing found in the transcript.')
    : el('ol', { class: 'items', 'aria-labelledby': headingId }, items.map((item, i) => renderItem(noteData, section, item, i)));
  container.replaceChildren(heading, list);
}

function renderItem(noteData, section, item, index) {
  const label = `${section.noun} ${index + 1}`;
  const row = el('li', { class: 'item', 'data-item': `${section.key}-${index}` });
  const fields = el('div', { class: 'fields' }, section.fields.map((field) => renderField(item, field)));
  const quotes = (item.evidence ?? []).map((e) => el('q', {}, e.quote));
  const heard = quotes.length > 0 ? el('p', { class: 'heard' }, 'Heard: ', quotes) : el('p', { class: 'heard' }, 'No evidence.');
  const remove = el('button', { type: 'button', class: 'remove', 'aria-label': `Remove ${label.toLowerCase()}` }, 'Remove');
  remove.addEventListener('click', () => {
    removeItem(noteData, section, index);
    renderSection(noteData, section);
    if (!pinned?.row.isConnected) {
      pinned = null;
      showEvidence(null, null);
    }
    // Keep keyboard users in place: the row that moved up, or the section heading when none is left.
    const container = byId('note').querySelector(`[data-section="${section.key}"]`);
    (container.querySelector(`[data-item="${section.key}-${index}"] input`) ?? container.querySelector('h3')).focus();
  });
  row.append(el('fieldset', {}, el('legend', {}, label), fields, heard, remove));
  const pin = () => {
    // A click on Remove bubbles here after the row is gone; its evidence no longer belongs on screen.
    if (!row.isConnected) return;
    pinned = { row, item };
    showEvidence(row, item);
  };
  row.addEventListener('focusin', pin);
  row.addEventListener('click', pin);
  // Hovering previews an item; leaving goes back to the item the user focused or clicked.
  row.addEventListener('mouseenter', () => showEvidence(row, item));
  row.addEventListener('mouseleave', () => (pinned?.row.isConnected ? showEvidence(pinned.row, pinned.item) : showEvidence(null, null)));
  return row;
}

function renderField(item, field) {
  const required = field.required === true;
  const id = uniqueId('f');
  if (field.type === 'check') {
    const box = el('input', { id, type: 'checkbox', checked: item[field.name] === true });
    box.addEventListener('change', () => { item[field.name] = box.checked; });
    return el('div', { class: 'field check' }, box, el('label', { for: id }, field.label));
  }
  const input = field.type === 'select'
    ? el('select', { id }, field.options.map((o) => el('option', { value: o, selected: item[field.name] === o }, readable(o))))
    : el('input', { id, type: 'text', value: item[field.name] ?? '', required, autocomplete: 'off', 'data-field': field.name });
  input.addEventListener('input', () => {
    const value = input.value.trim();
    // The API takes a missing optional value as null; an emptied required one is sent as is and reported by name.
    item[field.name] = value === '' && !required ? null : input.value;
  });
  return el('div', { class: field.wide ? 'field wide' : 'field' }, el('label', { for: id }, field.label), input);
}

function showEvidence(row, item) {
  for (const active of document.querySelectorAll('.item.active')) active.classList.remove('active');
  if (!row) {
    clearHighlight();
    return;
  }
  row.classList.add('active');
  highlight(item.evidence);
}
