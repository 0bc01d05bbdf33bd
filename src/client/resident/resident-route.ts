// Which resident token, if any, the page at this path opens (ALM-1): /r/<token>, or "/" in an installed app (which
// starts at "/") on a device where a resident page was opened and nobody is signed in. Must not render or fetch.
import { rememberedResidentToken } from './resident-api';

const residentPath = /^\/r\/([^/]{8,300})\/?$/;

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
