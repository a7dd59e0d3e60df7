import { ProblemError, call } from './api.js';
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
    const { token } = await call('/api/v1/dev/token', {
      method: 'POST',
      json: { tenant: chosenClinic.tenant, userId: chosenUser.userId, roles: chosenUser.roles, name: chosenUser.name },
    }).catch((error) => {
      // Development tokens exist only in local mode; elsewhere the route is not there at all.
      if (error instanceof ProblemError && error.problem.status === 404) {
        throw new ProblemError({
          ...error.problem,
          title: 'Demo sign-in is not available',
          detail: 'This server is not in local mode (Mesh:LocalMode=true), so it issues no demo tokens.',
        });
      }
      throw error;
    });
    session.save({ token, tenant: chosenClinic.tenant, clinicName: chosenClinic.name, ...chosenUser });
    onSignedIn();
  });
}
