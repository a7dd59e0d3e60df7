import { ProblemError } from './api.js';
import { setUpClaims, showClaims } from './claims.js';
import { byId } from './dom.js';
import { finalize } from './finalize.js';
import { isLostSend } from './live/connection.js';
import { leaveLive, resetLive, setUpLive } from './live/setup.js';
import { clearProblem, say, showProblem } from './notices.js';
import { setUpPatients } from './patients.js';
import { renderReview } from './review.js';
import * as session from './session.js';
import { setUpSignIn } from './signin.js';
import { state } from './state.js';
import { resetVisit, setUpVisit } from './visit.js';

// Every failure from a handler ends up here, shown as the server's problem (title, detail, field errors).
function report(error) {
  const problem = error instanceof ProblemError ? error.problem : { title: 'Unexpected error in the page', detail: String(error) };
  showProblem(problem);
  if (problem.status === 401) signOut(false);
}

window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  // Audio lost with a dropped connection is resent after the reconnect; that is not the user's problem.
  if (isLostSend(event.reason)) return;
  report(event.reason);
});
window.addEventListener('error', (event) => report(event.error ?? event.message));
// A new action starts with a clean slate; a problem stays until the user tries again.
document.addEventListener('submit', clearProblem, true);

function showSignedIn() {
  const user = session.current();
  const signedIn = user !== null;
  byId('sign-in').hidden = signedIn;
  byId('workspace').hidden = !signedIn;
  byId('sign-out').hidden = !signedIn;
  byId('who').hidden = !signedIn;
  if (!signedIn) return;
  byId('who').textContent = `${user.name} · ${user.clinicName}`;
  byId('finalize').hidden = !session.isDoctor();
  byId('finalize-hint').hidden = session.isDoctor();
  showClaims();
}

function signOut(announce = true) {
  leaveLive();
  session.clear();
  state.patient = null;
  state.draft = null;
  for (const id of ['visit', 'live', 'review', 'patient-chosen']) byId(id).hidden = true;
  showSignedIn();
  if (announce) say('Signed out.');
}

function start() {
  setUpSignIn(() => {
    clearProblem();
    showSignedIn();
    say(`Signed in as ${session.current().name}.`);
    byId('search-name').focus();
  });
  setUpPatients((patient) => {
    resetVisit(patient);
    resetLive(patient);
    byId('review').hidden = true;
    byId('visit').hidden = false;
    byId('live').hidden = false;
    byId('transcript').focus();
  });
  // A draft from a recorded visit and one from a live visit are reviewed and signed the same way.
  const review = (draft) => {
    state.draft = structuredClone(draft);
    renderReview(state.draft);
    byId('signed').hidden = true;
    byId('finalize').disabled = false;
    byId('review').hidden = false;
    byId('review-title').focus();
  };
  setUpVisit(review);
  setUpLive(review, (running) => {
    // While a live visit records, its patient and the other way of drafting stay as they are.
    byId('patient').inert = running;
    byId('visit').inert = running;
  });
  byId('finalize').addEventListener('click', async (event) => {
    clearProblem();
    const button = event.currentTarget;
    button.disabled = true;
    try {
      await finalize();
    } catch (error) {
      // Still a draft: let the doctor fix what the server named and sign again.
      button.disabled = false;
      throw error;
    }
  });
  setUpClaims();
  byId('sign-out').addEventListener('click', () => signOut());
  showSignedIn();
}

start();
