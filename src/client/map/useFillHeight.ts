// Makes an element fill the viewport below whatever the shell draws above it (header, nav, banners), and follow
// changes: window resizes and banners coming and going. Must not know what the element holds.
import { type RefObject, useLayoutEffect, useState } from 'react';

// A map shorter than this is useless; below it the page scrolls instead.
const minHeightPx = 320;

export function useFillHeight(ref: RefObject<HTMLElement | null>): number | undefined {
  const [height, setHeight] = useState<number>();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(minHeightPx, Math.floor(window.innerHeight - top)));
    };
    measure();
    window.addEventListener('resize', measure);
    // The shell above may grow or shrink (offline banner, sync refusals): the body's size changes with it.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [ref]);
  return height;
}
