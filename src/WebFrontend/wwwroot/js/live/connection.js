import * as session from '../session.js';

export const hubPath = '/hubs/encounters';

// Reconnects quickly at first, then every 5 s, for two minutes; the microphone keeps recording meanwhile and the
// audio is sent once the connection is back.
const retry = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount, elapsedMilliseconds }) =>
    elapsedMilliseconds > 120_000 ? null : Math.min(5_000, 250 * 2 ** previousRetryCount),
};

/** A SignalR connection to the encounter hub. The token travels as access_token, since browsers cannot set headers on a WebSocket. */
export function connect() {
  return new signalR.HubConnectionBuilder()
    .withUrl(hubPath, { accessTokenFactory: () => session.current()?.token ?? '' })
    .withAutomaticReconnect(retry)
    .configureLogging(signalR.LogLevel.Warning)
    .build();
}

/**
 * When a connection drops, chunks already queued inside the SignalR client fail to send and their promises reject
 * with nobody listening. Those chunks are still held and resent after the reconnect, so the rejection is no problem
 * for the user; this keeps the page's catch-all from showing it.
 */
export function isLostSend(reason) {
  return reason instanceof Error && reason.message.startsWith("Cannot send data if the connection is not in the 'Connected' State");
}

/** The text of a failed hub call: the server's message without the client's "An unexpected error occurred…" preamble. */
export function hubMessage(error) {
  const text = String(error?.message ?? error);
  const marker = 'HubException: ';
  const at = text.indexOf(marker);
  return at >= 0 ? text.slice(at + marker.length) : text;
}
