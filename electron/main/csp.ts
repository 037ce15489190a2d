// The renderer's Content-Security-Policy. Same string in renderer/index.html's meta tag (a test compares them)
// and in the response headers; nothing may be fetched from anywhere but the app itself.
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
].join('; ');

/** Only the app's own files and the devtools may load: the app must work with the cable pulled. */
export function isAllowedRequest(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'file:' || protocol === 'devtools:' || (protocol === 'chrome-extension:' && url.startsWith('chrome-extension://devtools'));
  } catch {
    return false;
  }
}

/** Whether an IPC message comes from our own page (the renderer's index.html), whatever its URL encoding. */
export function isAppPage(url: string, indexFileUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(indexFileUrl);
    return a.protocol === 'file:' && a.host === b.host && decodeURIComponent(a.pathname) === decodeURIComponent(b.pathname);
  } catch {
    return false;
  }
}
