import { call } from './api.js';
import { byId, el } from './dom.js';
import { say } from './notices.js';
import * as session from './session.js';

// The claims view: billing staff upload 837 and 835 files and work what comes back (rejected claims with the
// segment at fault, denials with their reasons and dollars, underpaid lines); doctors and nurses may look.
const claimRoles = ['billing', 'admin', 'doctor', 'nurse'];
const money = (amount) => (amount === null || amount === undefined ? '' : `$${Number(amount).toFixed(2)}`);
const issueText = (issue) => `${issue.segment} at position ${issue.position}${issue.element ? `, element ${issue.element}` : ''}: ${issue.message} (${issue.code})`;

/** Shows the claims view to the roles that may see it; billing staff see only it. Called on every sign-in and sign-out. */
export function showClaims() {
  const roles = session.current()?.roles ?? [];
  const mayRead = roles.some((role) => claimRoles.includes(role));
  const billingOnly = roles.includes('billing') && !roles.some((role) => ['doctor', 'nurse', 'admin'].includes(role));
  byId('claims').hidden = !mayRead;
  byId('claims-upload').hidden = !(roles.includes('billing') || roles.includes('admin'));
  byId('patient').hidden = billingOnly;
  if (mayRead) refreshLists();
}

export function setUpClaims() {
  byId('claims-upload').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const file = form.get('file');
    const isRemittance = form.get('kind') === '835';
    const body = new FormData();
    body.append('file', file, file.name);
    const result = await call(isRemittance ? '/api/v1/remittances/x12' : '/api/v1/claims/x12', { method: 'POST', form: body });
    if (isRemittance) showRemittance(result);
    else if (result.batchId) await followBatch(result.batchId);
    else showImport(result);
    await refreshLists();
  });
  byId('claims-refresh').addEventListener('click', refreshLists);
}

function showImport(result) {
  const accepted = result.claims.filter((c) => c.status === 'accepted').length;
  const rows = result.claims.map((claim) => el('tr', { class: claim.status },
    el('td', {}, claim.claimId ?? '(no CLM01)'),
    el('td', {}, claim.status),
    el('td', {}, claim.errors.length ? el('ul', {}, claim.errors.map((e) => el('li', {}, issueText(e)))) : '')));
  byId('claims-result').replaceChildren(
    el('h3', {}, `Interchange ${result.interchange?.controlNumber ?? ''}${result.duplicate ? ' (sent before: nothing new)' : ''}`),
    el('table', { class: 'claims-table', id: 'import-table' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Claim'), el('th', {}, 'Status'), el('th', {}, 'Errors'))),
      el('tbody', {}, rows)));
  say(`${accepted} of ${result.claims.length} claim(s) accepted.`);
}

async function followBatch(batchId) {
  say('A large file: importing in the background.');
  for (;;) {
    const batch = await call(`/api/v1/claims/batches/${encodeURIComponent(batchId)}`);
    byId('claims-result').replaceChildren(el('p', {}, `Batch ${batch.batchId}: ${batch.processed} of ${batch.total} claims, ${batch.accepted} accepted.`));
    if (batch.status === 'completed') {
      showImport({ interchange: batch.interchange, duplicate: false, claims: batch.rejected });
      say(`${batch.accepted} of ${batch.total} claim(s) accepted.`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function showRemittance(result) {
  const underpaid = result.payments.flatMap((p) => p.contractChecks.filter((c) => c.underpaid).map((c) => ({ claimId: p.claimId, ...c })));
  byId('claims-result').replaceChildren(
    el('h3', {}, `Remittance ${result.interchange?.controlNumber ?? ''}`),
    el('table', { class: 'claims-table', id: 'payment-table' },
      el('thead', {}, el('tr', {}, ...['Claim', 'Status', 'Billed', 'Paid', 'Patient owes', 'Issues'].map((h) => el('th', {}, h)))),
      el('tbody', {}, [...result.payments, ...result.unmatched].map((p) => el('tr', {},
        el('td', {}, p.claimId ?? ''),
        el('td', {}, p.claimStatus ? p.status : `${p.status ?? 'unreadable'} (no such claim)`),
        el('td', {}, money(p.billed)), el('td', {}, money(p.paid)), el('td', {}, money(p.patientResponsibility)),
        el('td', {}, p.errors.map(issueText).join('; ')))))),
    el('h3', {}, 'Underpaid lines'),
    underpaid.length === 0 ? el('p', {}, 'No line paid below its contract.') : el('table', { class: 'claims-table', id: 'underpaid-table' },
      el('thead', {}, el('tr', {}, ...['Claim', 'Code', 'Expected', 'Paid + patient', 'Short by'].map((h) => el('th', {}, h)))),
      el('tbody', {}, underpaid.map((c) => el('tr', {},
        el('td', {}, c.claimId), el('td', {}, c.procedureCode), el('td', {}, money(c.expected)),
        el('td', {}, money(c.paid + c.patientResponsibility)), el('td', {}, money(c.shortfall)))))));
  say(`${result.payments.length} payment(s) matched, ${result.unmatched.length} unmatched.`);
}

async function refreshLists() {
  const [claims, denials] = await Promise.all([call('/api/v1/claims?limit=100'), call('/api/v1/denials?limit=100')]);
  byId('claims-list').replaceChildren(claims.items.length === 0 ? el('p', {}, 'No claims yet.') : el('table', { class: 'claims-table', id: 'claims-table' },
    el('thead', {}, el('tr', {}, ...['Claim', 'Patient', 'Payer', 'Status', 'Billed', 'Paid', 'Balance due'].map((h) => el('th', {}, h)))),
    el('tbody', {}, claims.items.map((c) => el('tr', {},
      el('td', {}, c.claimId), el('td', {}, c.patientName), el('td', {}, c.payerName), el('td', {}, c.status),
      el('td', {}, money(c.balance.billed)), el('td', {}, money(c.balance.paid)), el('td', {}, money(c.balance.balanceDue)))))));
  byId('denials-list').replaceChildren(denials.items.length === 0 ? el('p', {}, 'No denials.') : el('div', {},
    el('p', {}, `${denials.total} denial(s), ${money(denials.totalAmount)} at stake.`),
    el('table', { class: 'claims-table', id: 'denials-table' },
      el('thead', {}, el('tr', {}, ...['Claim', 'Line', 'Reason', 'Remarks', 'Amount'].map((h) => el('th', {}, h)))),
      el('tbody', {}, denials.items.map((d) => el('tr', {},
        el('td', {}, d.claimId),
        el('td', {}, d.lineNumber ? `${d.lineNumber} (${d.procedureCode})` : 'claim'),
        el('td', {}, `${d.group}-${d.reason}${d.description ? `: ${d.description}` : ''}`),
        el('td', {}, d.remarks.map((r) => (r.description ? `${r.code}: ${r.description}` : r.code)).join('; ')),
        el('td', {}, money(d.amount))))))));
}
