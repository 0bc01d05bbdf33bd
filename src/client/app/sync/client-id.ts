// This device's sync client id: a uuid kept in localStorage under anxin.clientId, made once and kept across sign-outs.
// Must not hold anything about the user; the server only uses it to tell devices apart.
const storageKey = 'anxin.clientId';

export function deviceClientId(): string {
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved) return saved;
    const made = crypto.randomUUID();
    localStorage.setItem(storageKey, made);
    return made;
  } catch {
    // Blocked storage: a fresh id per page load still works, the server just sees more devices.
    return crypto.randomUUID();
  }
}
