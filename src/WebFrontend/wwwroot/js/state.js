/** What the user is working on in this tab: the chosen patient, the draft under review and the signed report. */
export const state = {
  patient: null,
  draft: null,
  pdfObjectUrl: null,
};
