// The phone's position if it comes within 3 s, else undefined (ALM-6). Must never throw or wait longer: a
// responder's "on my way" goes without a position rather than late.
const waitMs = 3_000;

export function quickPosition(): Promise<{ lat: number; lng: number; accuracy: number } | undefined> {
  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), waitMs + 200);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        clearTimeout(timer);
        resolve({ lat: p.coords.latitude, lng: p.coords.longitude, accuracy: Math.min(p.coords.accuracy, 100_000) });
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
      { timeout: waitMs, maximumAge: 30_000, enableHighAccuracy: true },
    );
  });
}
