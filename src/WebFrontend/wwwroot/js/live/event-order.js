/**
 * Encounter events are numbered from 1. A client that re-joins asks for everything after the last number it holds,
 * and an event published while it joins can arrive twice; this keeps each number once.
 */
export class EventOrder {
  #ahead = new Set();

  /** The highest number such that it and every earlier one were seen: what JoinEncounter is asked to follow. */
  last = 0;

  /** True the first time a number is seen; events without a number (acks) always pass. */
  accept(event) {
    const sequence = event?.sequence;
    if (!Number.isInteger(sequence) || sequence < 1) return true;
    if (sequence <= this.last || this.#ahead.has(sequence)) return false;
    this.#ahead.add(sequence);
    while (this.#ahead.delete(this.last + 1)) this.last++;
    return true;
  }
}
