// The Orleans dashboard for administrators. Its page and polling requests cannot send the bearer token this page keeps
// in sessionStorage, so the token is handed to the server once and kept in an HttpOnly cookie scoped to /dashboard.
import { byId } from './dom.js';
import * as session from './session.js';

const link = byId('open-dashboard');

const showForAdministrators = () => {
  link.hidden = session.current()?.roles?.includes('admin') !== true;
};

link.addEventListener('click', async (event) => {
  event.preventDefault();
  const token = session.current()?.token;
  if (!token) return;
  const response = await fetch('api/v1/dashboard/session', { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (response.ok) window.open(link.href, '_blank', 'noopener');
});

// The page shows who is signed in in #who; following it keeps the link in step with sign-in and sign-out.
new MutationObserver(showForAdministrators).observe(byId('who'), { attributes: true, childList: true, characterData: true, subtree: true });
showForAdministrators();
