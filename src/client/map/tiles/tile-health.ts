// When the map's tiles count as failing (MAP-3): a pure rule over the last tile outcomes, so the outline fallback
// and its notice are decided the same way everywhere. Must stay free of Leaflet and the DOM.

// The last few tile outcomes decide: a couple of stray errors at the edge of a saved area are not a failure,
// a run of errors with hardly a success is.
export const healthWindow = 12;
const minOutcomes = 3;
const failShare = 0.75;

/** `outcomes`: true for a tile that loaded, false for one that failed, oldest first. */
export function isFailing(outcomes: readonly boolean[]): boolean {
  if (outcomes.length < minOutcomes) return false;
  const errors = outcomes.filter((ok) => !ok).length;
  return errors / outcomes.length >= failShare;
}
