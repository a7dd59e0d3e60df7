// The signed-in user lives in sessionStorage: it ends with the tab, and other tabs do not share it.
const key = 'mesh.session';

/** Demo clinics and users that local mode can issue development tokens for. */
export const demoClinics = [
  {
    tenant: 'demo-clinic', name: 'Demo Clinic',
    users: [
      { userId: 'dr-szucs', name: 'Dr. Gréta Szűcs', roles: ['doctor'] },
      { userId: 'nurse-nagy', name: 'Anna Nagy (nurse)', roles: ['nurse'] },
      { userId: 'admin-varga', name: 'Péter Varga (administrator)', roles: ['admin'] },
      { userId: 'billing-kovacs', name: 'Eva Kovács (billing)', roles: ['billing'] },
    ],
  },
  {
    tenant: 'riverside', name: 'Riverside Family Practice',
    users: [
      { userId: 'dr-okafor', name: 'Dr. Ada Okafor', roles: ['doctor'] },
      { userId: 'nurse-lee', name: 'Sam Lee (nurse)', roles: ['nurse'] },
      { userId: 'billing-ross', name: 'Jo Ross (billing)', roles: ['billing'] },
    ],
  },
];

export function current() {
  const stored = sessionStorage.getItem(key);
  if (!stored) return null;
  try {
    return JSON.parse(stored);
  } catch {
    // A damaged entry is no session at all; drop it so the user can sign in again.
    sessionStorage.removeItem(key);
    return null;
  }
}

export const save = (session) => sessionStorage.setItem(key, JSON.stringify(session));

export const clear = () => sessionStorage.removeItem(key);

export const isDoctor = () => current()?.roles?.includes('doctor') === true;
