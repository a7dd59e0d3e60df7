// Every element on this page is built here, and every piece of text goes in as textContent:
// server and user text can never become markup.

/** Creates an element with attributes (booleans toggle, strings set) and text or element children. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const byId = (id) => document.getElementById(id);

let sequence = 0;

/** A fresh id, so labels stay tied to their inputs however often a list is redrawn. */
export const uniqueId = (prefix) => `${prefix}-${++sequence}`;

/** Today in the clinic's local calendar, as YYYY-MM-DD. */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
