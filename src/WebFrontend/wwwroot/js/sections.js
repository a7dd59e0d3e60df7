// The note's sections in the order a clinician reads them. Required fields are the ones the API requires;
// the others are optional and sent as null when left empty.

const text = (name, label, required = false) => ({ name, label, type: 'text', required });
// Sentences (a plan step, a diagnosis) get a full row; short values share one.
const prose = (name, label) => ({ name, label, type: 'text', wide: true, required: true });
const check = (name, label) => ({ name, label, type: 'check' });
const choice = (name, label, options) => ({ name, label, type: 'select', options });

const vitalKinds = ['bloodPressure', 'heartRate', 'temperature', 'respiratoryRate', 'oxygenSaturation', 'weight', 'height', 'glucose'];
const medicationStatuses = ['current', 'started', 'stopped', 'changed'];
const actionableKinds = ['prescription', 'followUp', 'order', 'referral', 'note'];

export const sections = [
  { key: 'chiefComplaint', title: 'Chief complaint', noun: 'Chief complaint', single: true, fields: [prose('text', 'Complaint')] },
  { key: 'symptoms', title: 'Symptoms', noun: 'Symptom', fields: [text('name', 'Symptom', true), text('duration', 'Duration'), check('negated', 'Denied')] },
  { key: 'vitals', title: 'Vitals', noun: 'Vital sign', fields: [choice('kind', 'Kind', vitalKinds), text('value', 'Value', true), text('unit', 'Unit')] },
  {
    key: 'medications', title: 'Medications', noun: 'Medication',
    fields: [text('name', 'Drug', true), text('dose', 'Dose'), text('route', 'Route'), text('frequency', 'Frequency'), choice('status', 'Status', medicationStatuses)],
  },
  { key: 'allergies', title: 'Allergies', noun: 'Allergy', fields: [text('substance', 'Substance', true), text('reaction', 'Reaction')] },
  { key: 'diagnoses', title: 'Diagnoses', noun: 'Diagnosis', fields: [prose('text', 'Diagnosis'), text('icd10', 'ICD-10')] },
  { key: 'plan', title: 'Plan', noun: 'Plan step', fields: [prose('text', 'Step')] },
  { key: 'followUp', title: 'Follow-up', noun: 'Follow-up', single: true, fields: [prose('text', 'Follow-up')] },
  { key: 'actionables', title: 'Actions for the clinic', noun: 'Action', fields: [prose('text', 'Action'), choice('kind', 'Kind', actionableKinds)] },
];

/** The items of a section as a list, whether the note holds a list or a single optional item. */
export const itemsOf = (note, section) => (section.single ? (note[section.key] ? [note[section.key]] : []) : note[section.key] ?? []);

export function removeItem(note, section, index) {
  if (section.single) note[section.key] = null;
  else note[section.key].splice(index, 1);
}

/** How an enum value reads to a person: bloodPressure becomes "blood pressure". */
export const readable = (value) => value.replace(/([A-Z])/g, ' $1').toLowerCase();
