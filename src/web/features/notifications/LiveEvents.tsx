/**
 * One live connection per signed-in tab: an EventSource on `/api/events/stream`, shared through React
 * context. Pages subscribe with `useLiveEvents({ types, subjectId }, handler)`.
 *
 * The browser reconnects by itself after a dropped connection and sends Last-Event-ID, so the server
 * replays what was missed. When the browser gives up (the server answered with an error), the session
 * is probed: a 401 ends it through the API client (this provider unmounts with the shell and closes the
 * connection); otherwise a new connection resumes after the last event seen. Signing out unmounts the
 * shell, which closes the connection.
 */
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { request } from '../../api/client.ts';
import {
  LIVE_EVENT_TYPES,
  type LiveEvent,
  type LiveEventFilter,
  matchesFilter,
  parseLiveEvent,
  streamUrl,
} from './events.ts';

type Listener = (event: LiveEvent) => void;

interface LiveEventsValue {
  subscribe: (listener: Listener) => () => void;
  /** Counts (re)connections, so a subscriber can catch up on what a gap may have hidden. */
  connection: number;
}

const LiveEventsContext = createContext<LiveEventsValue | null>(null);

/** How long to wait before opening a new connection after the browser gave up on one. */
const RECONNECT_MS = 10_000;

export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const listeners = useRef(new Set<Listener>());
  const [connection, setConnection] = useState(0);
  const [value] = useState(() => ({
    subscribe: (listener: Listener) => {
      listeners.current.add(listener);
      return () => {
        listeners.current.delete(listener);
      };
    },
  }));

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: number | undefined;
    let lastEventId: number | null = null;
    let stopped = false;

    const deliver = (message: MessageEvent) => {
      const event = parseLiveEvent(message.data);
      if (!event) return;
      lastEventId = event.id;
      for (const listener of [...listeners.current]) listener(event);
    };

    const connect = () => {
      const current = new EventSource(streamUrl(lastEventId));
      source = current;
      for (const type of LIVE_EVENT_TYPES) current.addEventListener(type, deliver);
      current.onmessage = deliver;
      current.onopen = () => setConnection((n) => n + 1);
      current.onerror = () => {
        if (current.readyState !== EventSource.CLOSED || stopped) return;
        current.close();
        // A 401 here ends the session (and unmounts this provider); any other answer means "try later".
        request('GET', '/api/me').then(
          () => {
            if (!stopped) retry = window.setTimeout(connect, RECONNECT_MS);
          },
          () => {
            if (!stopped) retry = window.setTimeout(connect, RECONNECT_MS);
          },
        );
      };
    };

    connect();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      source?.close();
    };
  }, []);

  return (
    <LiveEventsContext.Provider value={{ subscribe: value.subscribe, connection }}>
      {children}
    </LiveEventsContext.Provider>
  );
}

/**
 * Calls `handler` for every live event that matches `filter`. Both may change on every render: the
 * latest ones are used. Outside the provider (signed out, tests) nothing arrives.
 */
export function useLiveEvents(filter: LiveEventFilter, handler: (event: LiveEvent) => void): void {
  const live = useContext(LiveEventsContext);
  const latest = useRef({ filter, handler });
  useEffect(() => {
    latest.current = { filter, handler };
  });
  const subscribe = live?.subscribe;

  useEffect(() => {
    if (!subscribe) return;
    return subscribe((event) => {
      if (matchesFilter(latest.current.filter, event)) latest.current.handler(event);
    });
  }, [subscribe]);
}

/** Changes each time the stream (re)connects; 0 before the first connection or outside the provider. */
export function useLiveConnection(): number {
  return useContext(LiveEventsContext)?.connection ?? 0;
}
