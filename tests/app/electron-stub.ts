// A stand-in for the `electron` module, recording what the main process asks of it. The real package is never
// loaded in tests (it would try to download its binary); the main process is bundled against this instead.
type Listener = (...args: any[]) => unknown;

export function electronStub(appPath: string, userData: string) {
  const appEvents = new Map<string, Listener>();
  const handles = new Map<string, Listener>();
  const windows: { options: any; loaded?: string }[] = [];
  const webRequest: { before?: Listener; headers?: Listener } = {};
  const permission: { request?: Listener; check?: Listener } = {};
  let ready!: () => void;
  const whenReady = new Promise<void>((r) => { ready = r; });

  class BrowserWindow {
    private readonly record: { options: any; loaded?: string };
    constructor(options: any) {
      this.record = { options };
      windows.push(this.record);
    }
    once() {}
    on() {}
    show() {}
    focus() {}
    async loadFile(file: string) { this.record.loaded = file; }
  }

  const electron = {
    app: {
      isPackaged: false,
      getAppPath: () => appPath,
      getPath: () => userData,
      enableSandbox: () => { (electron as any).sandboxed = true; },
      requestSingleInstanceLock: () => true,
      quit: () => {},
      on: (name: string, fn: Listener) => { appEvents.set(name, fn); },
      whenReady: () => whenReady,
    },
    BrowserWindow,
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) },
    ipcMain: { handle: (channel: string, fn: Listener) => { handles.set(channel, fn); } },
    session: {
      defaultSession: {
        webRequest: {
          onBeforeRequest: (fn: Listener) => { webRequest.before = fn; },
          onHeadersReceived: (fn: Listener) => { webRequest.headers = fn; },
        },
        setPermissionRequestHandler: (fn: Listener) => { permission.request = fn; },
        setPermissionCheckHandler: (fn: Listener) => { permission.check = fn; },
      },
    },
  };
  // Resolves after the main process's own whenReady() callback: it registered first, so it runs first.
  return { electron, appEvents, handles, windows, webRequest, permission, ready: () => { ready(); return whenReady; } };
}
