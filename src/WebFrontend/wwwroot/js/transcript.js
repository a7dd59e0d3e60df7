import { el } from './dom.js';

// Segment id -> the span holding its text and the text itself, so marks can be rebuilt from the original words.
const segments = new Map();

export function renderTranscript(container, transcript) {
  segments.clear();
  container.replaceChildren(...transcript.segments.map((segment) => {
    const words = el('span', { class: 'words' }, segment.text);
    segments.set(segment.id, { words, text: segment.text });
    return el('p', { class: 'segment', 'data-segment-id': segment.id }, el('span', { class: 'speaker' }, `${segment.speaker}: `), words);
  }));
}

/** Marks the evidence spans in the transcript, replacing any earlier marks; returns how many were marked. */
export function highlight(evidence) {
  clearHighlight();
  const bySegment = new Map();
  for (const span of evidence ?? []) {
    if (!segments.has(span.segmentId)) continue;
    if (!bySegment.has(span.segmentId)) bySegment.set(span.segmentId, []);
    bySegment.get(span.segmentId).push(span);
  }
  let first = null;
  for (const [id, spans] of bySegment) {
    const { words, text } = segments.get(id);
    const pieces = [];
    let at = 0;
    for (const [start, end] of merge(spans, text.length)) {
      if (start > at) pieces.push(text.slice(at, start));
      const mark = el('mark', {}, text.slice(start, end));
      first ??= mark;
      pieces.push(mark);
      at = end;
    }
    if (at < text.length) pieces.push(text.slice(at));
    words.replaceChildren(...pieces);
  }
  // Beside the note the transcript scrolls on its own; on a phone it sits below, and jumping there would lose the user's place.
  if (first && window.matchMedia('(min-width: 56rem)').matches) first.scrollIntoView({ block: 'nearest' });
  return first ? bySegment.size : 0;
}

export function clearHighlight() {
  for (const { words, text } of segments.values()) {
    if (words.firstElementChild) words.textContent = text;
  }
}

// Spans clipped to the text, sorted and merged, so overlapping evidence never nests marks.
function merge(spans, length) {
  const ranges = spans
    .map((s) => [Math.max(0, s.start), Math.min(length, s.end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
