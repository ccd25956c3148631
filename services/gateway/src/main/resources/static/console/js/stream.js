/**
 * The live stream: Server-Sent Events read with fetch() (EventSource cannot send the Authorization header), so that
 * a reconnect can send Last-Event-ID too. One stream per page; a new filter restarts it. After a failure or a
 * server-side drop it reconnects with exponential back-off: 1 s doubling to 30 s while it is refused or unreachable,
 * back to 1 s once a stream opened.
 */
import { problemOf } from './api.js';

const MIN_DELAY = 1000;
const MAX_DELAY = 30_000;

/** Parses an event-stream body into events {id, event, data}; comments (heartbeats) are skipped. */
export class EventStreamParser {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.buffer = '';
    this.reset();
  }

  reset() {
    this.data = [];
    this.event = '';
    this.id = null;
  }

  push(text) {
    this.buffer += text;
    let newline;
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buffer.slice(0, newline);
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1;
      if (this.buffer[newline] === '\r' && width === 1 && newline === this.buffer.length - 1) break;
      this.buffer = this.buffer.slice(newline + width);
      this.line(line);
    }
  }

  line(line) {
    if (line === '') {
      if (this.data.length) {
        this.onEvent({ id: this.id, event: this.event || 'message', data: this.data.join('\n') });
      }
      this.reset();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.id = value;
  }
}

/**
 * Opens the stream at url and keeps it open. Callbacks: onEntry(entry, id), onDropped(reason), onState(state,
 * detail) with state 'connecting' | 'open' | 'waiting' (detail: seconds until the next try) | 'failed' (detail: a
 * Problem) | 'unauthorized'. Returns {close()}.
 */
export function openStream(url, authorization, callbacks) {
  let lastEventId = null;
  let delay = MIN_DELAY;
  let controller = null;
  let timer = null;
  let closed = false;

  const retryLater = () => {
    if (closed) return;
    callbacks.onState('waiting', Math.round(delay / 1000));
    timer = setTimeout(connect, delay);
    delay = Math.min(delay * 2, MAX_DELAY);
  };

  async function connect() {
    if (closed) return;
    const bearer = authorization();
    if (!bearer) {
      callbacks.onState('unauthorized');
      return;
    }
    controller = new AbortController();
    callbacks.onState('connecting');
    const headers = { Authorization: `Bearer ${bearer}`, Accept: 'text/event-stream' };
    if (lastEventId) headers['Last-Event-ID'] = lastEventId;
    let response;
    try {
      response = await fetch(url, { headers, signal: controller.signal, cache: 'no-store' });
    } catch {
      retryLater();
      return;
    }
    if (response.status === 401) {
      callbacks.onState('unauthorized');
      return;
    }
    if (!response.ok || !response.body) {
      const problem = await problemOf(response);
      callbacks.onState('failed', problem);
      if (response.status >= 500 || response.status === 429) retryLater();
      return;
    }
    callbacks.onState('open');
    delay = MIN_DELAY;
    const parser = new EventStreamParser((message) => {
      if (message.id !== null) lastEventId = message.id;
      if (message.event === 'dropped') {
        let reason = '';
        try { reason = JSON.parse(message.data).reason ?? ''; } catch { reason = message.data; }
        callbacks.onDropped(reason);
        return;
      }
      if (message.event !== 'qsp') return;
      try {
        callbacks.onEntry(JSON.parse(message.data), message.id);
      } catch (e) {
        console.warn('unreadable stream event', e);
      }
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parser.push(value);
      }
    } catch {
      // aborted, or the connection broke: reconnect below unless closed
    }
    retryLater();
  }

  connect();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      controller?.abort();
    },
  };
}
