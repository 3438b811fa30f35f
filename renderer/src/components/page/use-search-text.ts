import { useCallback, useEffect, useState } from 'react';

/** A burst of keystrokes (a paste, a held key) makes at most one query per this many milliseconds. */
const THROTTLE_MS = 25;

/**
 * Turns the texts typed into the queries to run: a text after a pause passes at once; within a burst, at most one
 * every 25 ms, the latest text last. (A debounce would add its delay to every keystroke.) Spaces around the words
 * are not part of the query.
 */
export function queryThrottle(pass: (query: string) => void, now = () => performance.now()) {
  let lastAt = -Infinity;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    type(text: string) {
      clearTimeout(timer);
      const next = text.trim();
      // A key that leaves the query as it is (a space between two words) asks for nothing, so it does not hold back
      // the key after it either.
      if (next === last) return;
      const send = () => {
        lastAt = now();
        last = next;
        pass(next);
      };
      const wait = lastAt + THROTTLE_MS - now();
      if (wait <= 0) send();
      else timer = setTimeout(send, wait);
    },
    cancel: () => clearTimeout(timer),
  };
}

/**
 * A search box's text and the query it asks for. A key typed after a pause sets both in the same event, so the page
 * renders once and the request goes out at once (an effect would add a render and a frame).
 */
export function useSearchText() {
  const [search, setText] = useState('');
  const [query, setQuery] = useState('');
  const [throttle] = useState(() => queryThrottle(setQuery));
  useEffect(() => throttle.cancel, [throttle]);
  const setSearch = useCallback(
    (text: string) => {
      setText(text);
      throttle.type(text);
    },
    [throttle],
  );
  return { search, query, setSearch };
}
