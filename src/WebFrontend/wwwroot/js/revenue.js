// Revenue at a glance for billing staff: GET /api/v1/revenue/stats drawn as plain SVG bar charts.
import { call, ProblemError } from './api.js';
import { showProblem } from './notices.js';
import * as session from './session.js';

const svgNs = 'http://www.w3.org/2000/svg';
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

function mayRead() {
  const roles = session.current()?.roles ?? [];
  return roles.includes('billing') || roles.includes('admin');
}

function svg(name, attributes, text) {
  const element = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Horizontal bars, one per row: label on the left, bar scaled to the largest value, figure at its end. */
function barChart(title, rows, format) {
  const rowHeight = 22;
  const width = 560;
  const labelWidth = 200;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${rows.length * rowHeight + 8}`, role: 'img', 'aria-label': title, class: 'revenue-chart' });
  const largest = Math.max(...rows.map((row) => row.value), 0) || 1;
  rows.forEach((row, i) => {
    const y = i * rowHeight + 4;
    const barWidth = Math.max(1, ((width - labelWidth - 90) * row.value) / largest);
    chart.append(svg('text', { x: 0, y: y + 14, class: 'revenue-label' }, row.label));
    chart.append(svg('rect', { x: labelWidth, y, width: barWidth, height: rowHeight - 6, class: 'revenue-bar' }));
    chart.append(svg('text', { x: labelWidth + barWidth + 6, y: y + 14, class: 'revenue-value' }, format(row.value)));
  });
  const figure = document.createElement('figure');
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  figure.append(caption, rows.length ? chart : Object.assign(document.createElement('p'), { textContent: 'Nothing in this period.' }));
  return figure;
}

function render(stats) {
  const out = document.getElementById('revenue-charts');
  out.replaceChildren();
  const summary = document.createElement('p');
  const appeals = stats.appeals;
  summary.textContent = `${stats.claims} claims, billed ${money.format(stats.billed)}, paid ${money.format(stats.paid)}; `
    + `${stats.daysInAccountsReceivable} days in A/R; underpayments recovered ${money.format(stats.underpaymentsRecovered)}; `
    + `appeals: ${appeals.drafts} drafts, ${appeals.sent} sent, ${appeals.won} won, ${appeals.lost} lost.`;
  out.append(
    summary,
    barChart('Denial rate by payer', stats.denialRateByPayer.map((p) => ({ label: `${p.payerName} (${p.denied}/${p.adjudicated})`, value: p.rate })),
      (v) => `${(v * 100).toFixed(1)}%`),
    barChart('Top denial reasons by dollars', stats.topDenialReasons.map((r) => ({ label: `${r.group}-${r.reason} ${r.description ?? ''}`.slice(0, 34), value: r.amount })),
      (v) => money.format(v)),
  );
}

async function show(event) {
  event?.preventDefault();
  const from = document.getElementById('revenue-from').value;
  const to = document.getElementById('revenue-to').value;
  const query = new URLSearchParams();
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  try {
    render(await call(`/api/v1/revenue/stats?${query}`));
  } catch (error) {
    if (error instanceof ProblemError) showProblem(error.problem); else throw error;
  }
}

function toggle() {
  const section = document.getElementById('revenue');
  const workspace = document.getElementById('workspace');
  section.hidden = workspace.hidden || !mayRead();
}

document.getElementById('revenue-form').addEventListener('submit', show);
new MutationObserver(toggle).observe(document.getElementById('workspace'), { attributes: true, attributeFilter: ['hidden'] });
toggle();
