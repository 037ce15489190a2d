import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP, isAllowedRequest, isAppPage } from '../../electron/main/csp.ts';

describe('content security policy', () => {
  const directives = new Map(CSP.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }));

  it('denies by default and allows only the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    for (const d of ['script-src', 'style-src', 'connect-src']) expect(directives.get(d)).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('never allows inline or evaluated script, nor remote hosts', () => {
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('is the same string as the meta tag in renderer/index.html', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CSP);
  });
});

describe('request filter', () => {
  it('lets the app files and devtools through', () => {
    expect(isAllowedRequest('file:///opt/Dossier/resources/app.asar/dist/renderer/index.html')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
  });

  it('blocks every network request', () => {
    for (const url of ['https://example.com/', 'http://127.0.0.1:4173/', 'ws://localhost/', 'data:text/html,hi', 'ftp://x/', 'not a url', '']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });
});

describe('IPC sender check', () => {
  const index = 'file:///opt/My%20Apps/Dossier/resources/app.asar/dist/renderer/index.html';

  it('accepts the app page however its path is encoded, with or without a hash', () => {
    expect(isAppPage(index, index)).toBe(true);
    expect(isAppPage('file:///opt/My Apps/Dossier/resources/app.asar/dist/renderer/index.html#x', index)).toBe(true);
  });

  it('refuses any other page', () => {
    expect(isAppPage('file:///tmp/evil.html', index)).toBe(false);
    expect(isAppPage('https://example.com/opt/My%20Apps/Dossier/resources/app.asar/dist/renderer/index.html', index)).toBe(false);
    expect(isAppPage('', index)).toBe(false);
  });
});
