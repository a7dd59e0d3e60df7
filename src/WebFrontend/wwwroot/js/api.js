import * as session from './session.js';

/** A failed call, carrying the server's ProblemDetails (or one made up for a network failure). */
export class ProblemError extends Error {
  constructor(problem) {
    super(problem.title);
    this.problem = problem;
  }
}

/** Calls the Mesh API with the user's bearer token; resolves to parsed JSON, or the Response when raw. */
export async function call(path, { method = 'GET', json, form, raw = false } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const token = session.current()?.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }

  let response;
  try {
    response = await fetch(path, { method, headers, body });
  } catch (error) {
    throw new ProblemError({ title: 'The server could not be reached', detail: String(error.message || error) });
  }
  if (!response.ok) throw new ProblemError(await readProblem(response));
  return raw ? response : response.json();
}

async function readProblem(response) {
  const fallback = {
    401: 'Please sign in again',
    403: 'Your role may not do this',
    413: 'The upload is too large',
  };
  const parsed = (response.headers.get('Content-Type') || '').includes('json')
    ? await response.json().catch(() => null)
    : null;
  const problem = parsed && typeof parsed === 'object' ? parsed : {};
  return { ...problem, status: response.status, title: problem.title || fallback[response.status] || `Request failed` };
}
