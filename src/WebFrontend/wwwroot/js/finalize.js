import { call } from './api.js';
import { byId } from './dom.js';
import { say } from './notices.js';
import { state } from './state.js';

/** Signs the reviewed draft, then fetches the PDF with the bearer token and offers it through an object URL. */
export async function finalize() {
  const note = state.draft.clinicalDraft;
  const report = await call('/api/v1/finalize-report', {
    method: 'POST',
    json: {
      draftId: state.draft.draftId,
      clinicalDraft: note,
      patientSummaryMd: byId('summary').value,
      actionables: note.actionables,
    },
  });
  const pdf = await (await call(report.pdfUrl, { raw: true })).blob();
  if (state.pdfObjectUrl) URL.revokeObjectURL(state.pdfObjectUrl);
  state.pdfObjectUrl = URL.createObjectURL(new Blob([pdf], { type: 'application/pdf' }));
  const fileName = `report-${report.reportId}-v${report.version}.pdf`;
  byId('pdf-open').href = state.pdfObjectUrl;
  const download = byId('pdf-download');
  download.href = state.pdfObjectUrl;
  download.download = fileName;
  byId('signed-text').textContent = `Signed: report ${report.reportId}, version ${report.version}. It is now part of the record.`;
  byId('signed').hidden = false;
  say('Report signed. The PDF is ready.');
  byId('pdf-open').focus();
}
