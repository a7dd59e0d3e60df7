import { call } from './api.js';
import { byId, el } from './dom.js';
import * as session from './session.js';

/** Fills the clinic and user pickers, keeping the user list in step with the chosen clinic. */
export function setUpSignIn(onSignedIn) {
  const clinic = byId('clinic');
  const user = byId('user');
  clinic.replaceChildren(...session.demoClinics.map((c, i) => el('option', { value: i }, c.name)));
  const fillUsers = () => {
    const users = session.demoClinics[Number(clinic.value)].users;
    user.replaceChildren(...users.map((u, i) => el('option', { value: i }, u.name)));
  };
  clinic.addEventListener('change', fillUsers);
  fillUsers();

  byId('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosenClinic = session.demoClinics[Number(clinic.value)];
    const chosenUser = chosenClinic.users[Number(user.value)];
    // Development tokens exist only in local mode; elsewhere this answers 404 and the problem says so.
    const { token } = await call('/api/v1/dev/token', {
      method: 'POST',
      json: { tenant: chosenClinic.tenant, userId: chosenUser.userId, roles: chosenUser.roles, name: chosenUser.name },
    });
    session.save({ token, tenant: chosenClinic.tenant, clinicName: chosenClinic.name, ...chosenUser });
    onSignedIn();
  });
}
