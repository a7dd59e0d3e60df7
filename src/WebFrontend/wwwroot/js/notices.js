import { byId, el } from './dom.js';

/** Shows a ProblemDetails (title, detail, field errors) in the alert region, which screen readers announce. */
export function showProblem(problem) {
  const box = byId('problem');
  const title = problem.title || 'Something went wrong';
  const parts = [el('strong', {}, problem.status ? `${title} (${problem.status})` : title)];
  if (problem.detail) parts.push(el('p', {}, problem.detail));
  const fields = problem.errors && typeof problem.errors === 'object' ? Object.entries(problem.errors) : [];
  if (fields.length > 0) {
    parts.push(el('ul', {}, fields.map(([field, messages]) =>
      el('li', {}, el('code', {}, field), ': ', [].concat(messages).join(' ')))));
  }
  if (problem.correlationId) parts.push(el('p', { class: 'hint' }, `Reference: ${problem.correlationId}`));
  box.replaceChildren(...parts);
  say('');
}

export function clearProblem() {
  const box = byId('problem');
  box.replaceChildren();
}

/** Progress and success messages, announced politely. */
export function say(text) {
  byId('status').textContent = text;
}
