// The note's sections in the order a clinician reads them. The first field of each item is the one the API
// requires; the others are optional and sent as null when left empty.

const text = (name, label) => ({ name, label, type: 'text' });
const check = (name, label) => ({ name, label, type: 'check' });
const choice = (name, label, options) => ({ name, label, type: 'select', options });

const vitalKinds = ['bloodPressure', 'heartRate', 'temperature', 'respiratoryRate', 'oxygenSaturation', 'weight', 'height', 'glucose'];
const medicationStatuses = ['current', 'started', 'stopped', 'changed'];
const actionableKinds = ['prescription', 'followUp', 'order', 'referral', 'note'];

export const sections = [
  { key: 'chiefComplaint', title: 'Chief complaint', noun: 'Chief complaint', single: true, fields: [text('text', 'Complaint')] },
  { key: 'symptoms', title: 'Symptoms', noun: 'Symptom', fields: [text('name', 'Symptom'), text('duration', 'Duration'), check('negated', 'Denied')] },
  { key: 'vitals', title: 'Vitals', noun: 'Vital sign', fields: [text('value', 'Value'), text('unit', 'Unit'), choice('kind', 'Kind', vitalKinds)] },
  {
    key: 'medications', title: 'Medications', noun: 'Medication',
    fields: [text('name', 'Drug'), text('dose', 'Dose'), text('route', 'Route'), text('frequency', 'Frequency'), choice('status', 'Status', medicationStatuses)],
  },
  { key: 'allergies', title: 'Allergies', noun: 'Allergy', fields: [text('substance', 'Substance'), text('reaction', 'Reaction')] },
  { key: 'diagnoses', title: 'Diagnoses', noun: 'Diagnosis', fields: [text('text', 'Diagnosis'), text('icd10', 'ICD-10')] },
  { key: 'plan', title: 'Plan', noun: 'Plan step', fields: [text('text', 'Step')] },
  { key: 'followUp', title: 'Follow-up', noun: 'Follow-up', single: true, fields: [text('text', 'Follow-up')] },
  { key: 'actionables', title: 'Actions for the clinic', noun: 'Action', fields: [text('text', 'Action'), choice('kind', 'Kind', actionableKinds)] },
];

/** The items of a section as a list, whether the note holds a list or a single optional item. */
export const itemsOf = (note, section) => (section.single ? (note[section.key] ? [note[section.key]] : []) : note[section.key] ?? []);

export function removeItem(note, section, index) {
  if (section.single) note[section.key] = null;
  else note[section.key].splice(index, 1);
}
