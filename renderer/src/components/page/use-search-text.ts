import { useCallback, useEffect, useRef, useState } from 'react';

/** A burst of keystrokes (a paste, a held key) makes at most one query per this many milliseconds. */
const THROTTLE_MS = 25;

/**
 * A search box's text and the query it asks for. A key typed after a pause sets both in the same event, so the page
 * renders once and the request goes out at once; within a burst the query follows at most every 25 ms, its latest
 * text last. (A debounce would add its delay to every keystroke; an effect would add a render and a frame.)
 */
export function useSearchText() {
  const [search, setText] = useState('');
  const [query, setQuery] = useState('');
  const lastQueryAt = useRef(-Infinity);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const setSearch = useCallback((text: string) => {
    setText(text);
    clearTimeout(timer.current);
    const pass = () => {
      lastQueryAt.current = performance.now();
      setQuery(text.trim());
    };
    const wait = lastQueryAt.current + THROTTLE_MS - performance.now();
    if (wait <= 0) pass();
    else timer.current = setTimeout(pass, wait);
  }, []);

  return { search, query, setSearch };
}
