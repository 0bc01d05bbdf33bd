// Which resident token, if any, the page at this path opens (ALM-1): /r/<token>, or "/" in an installed app (which
// starts at "/") on a device where a resident page was opened and nobody is signed in, and remembering that token.
// Must not render or fetch (it is on every start, so it stays free of the resident page's schemas).

const residentPath = /^\/r\/([^/]{8,300})\/?$/;
const tokenKey = 'anxin.resident.token';

/** The last resident token opened on this device, so an installed app started at "/" opens the one-touch page. */
export function rememberResidentToken(token: string): void {
  try {
    localStorage.setItem(tokenKey, token);
  } catch {
    // The page still works by its /r/ address.
  }
}

export function rememberedResidentToken(): string | null {
  try {
    return localStorage.getItem(tokenKey);
  } catch {
    return null;
  }
}

export function residentTokenOfPath(pathname: string): string | null {
  const raw = residentPath.exec(pathname)?.[1];
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

export function residentPageToken(pathname: string, signedIn: boolean): string | null {
  const fromPath = residentTokenOfPath(pathname);
  if (fromPath) return fromPath;
  // Only the installed app falls back to the remembered token: a staff member's browser tab at "/" must still show
  // the sign-in even if a resident page was once tried on it.
  if (pathname !== '/' || signedIn || !isStandalone()) return null;
  return rememberedResidentToken();
}

function isStandalone(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches;
}
