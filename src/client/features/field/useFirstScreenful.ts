// How many rows of a long list to render (FLD-1): the first screenful at once, the rest right after the first paint,
// so a phone holding hundreds of orders shows its list as fast as a short one. Must not touch the rows themselves.
import { useEffect, useState } from 'react';

export function useFirstScreenful(total: number, first = 20): number {
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (all || total <= first) return;
    // One frame to paint what is there, then everything.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [all, total, first]);
  return all ? total : Math.min(total, first);
}
