/**
 * Search as you type: asks the server a moment after the question stops changing, and drops the answer
 * to a question no longer asked (its request is aborted). The question is compared by value, so a new
 * object with the same fields asks nothing again; `null` asks nothing and clears the answer.
 */
import { useEffect, useState } from 'react';

interface AskOptions {
  /** How long typing must pause before the question is asked. */
  waitMs: number;
  /** Show the last answer until the next one arrives, instead of nothing while asking. */
  keepAnswer?: boolean;
}

/** `ask` must be stable (a module-level function), or every render asks again. */
export function useAskAfterTyping<Q, A>(
  question: Q | null,
  ask: (question: Q, signal: AbortSignal) => Promise<A>,
  { waitMs, keepAnswer = false }: AskOptions,
): { answer: A | null; error: unknown } {
  const [answer, setAnswer] = useState<A | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = question === null ? null : JSON.stringify(question);

  useEffect(() => {
    setError(null);
    if (key === null || !keepAnswer) setAnswer(null);
    if (key === null) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      ask(JSON.parse(key) as Q, controller.signal).then(
        (value) => setAnswer(() => value),
        (reason: unknown) => {
          if (controller.signal.aborted) return;
          setAnswer(null);
          setError(reason);
        },
      );
    }, waitMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key, ask, waitMs, keepAnswer]);

  return { answer, error };
}
