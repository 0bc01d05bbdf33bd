// The loud looping alarm tone of the console and the responder's phone: plays while `on`, pauses otherwise, and says
// whether the browser still needs a first user gesture before it may play. Must not decide when to sound.
import { useEffect, useMemo, useRef, useState } from 'react';
import { sirenDataUri } from './alarm-tone';

function hasUserGesture(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
  return Boolean(activation?.hasBeenActive);
}

export function useAlarmSound(on: boolean) {
  const audioRef = useRef<HTMLAudioElement | null>(null);
  const src = useMemo(() => sirenDataUri(1), []);
  const [gestured, setGestured] = useState(hasUserGesture);
  const [blocked, setBlocked] = useState(false);
  const onRef = useRef(on);
  onRef.current = on;

  useEffect(() => {
    const play = () => {
      const audio = audioRef.current;
      if (!audio) return;
      audio.volume = 1;
      audio.play().then(
        () => setBlocked(false),
        () => setBlocked(true),
      );
    };
    if (on) play();
    else audioRef.current?.pause();
    if (gestured) return;
    // The first click or key anywhere unlocks audio; play right inside that gesture if an alarm is waiting.
    const onGesture = () => {
      setGestured(true);
      if (onRef.current) play();
    };
    window.addEventListener('pointerdown', onGesture, { once: true });
    window.addEventListener('keydown', onGesture, { once: true });
    return () => {
      window.removeEventListener('pointerdown', onGesture);
      window.removeEventListener('keydown', onGesture);
    };
  }, [on, gestured]);

  return {
    audioRef,
    src,
    /** Show the "click to enable alarm sound" banner: no gesture yet, or the browser refused to play. */
    needsGesture: !gestured || blocked,
  };
}
