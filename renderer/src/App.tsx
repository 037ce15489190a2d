import { useEffect } from 'react';
import { useStore } from './store/index.ts';
import { TopBar } from './components/TopBar.tsx';
import { ErrorBanner } from './components/ErrorBanner.tsx';
import { ReadOnlyBanner } from './components/ReadOnlyBanner.tsx';
import { FixityBanner } from './components/JobStatus.tsx';
import { ArchivePicker } from './screens/ArchivePicker.tsx';
import { ShipmentsScreen } from './screens/ShipmentsScreen.tsx';
import { FolderScreen } from './folder/FolderScreen.tsx';
import { RecordsScreen } from './screens/RecordsScreen.tsx';
import { PermitsScreen } from './permits/PermitsScreen.tsx';

export function App() {
  const screen = useStore((s) => s.screen);
  const lang = useStore((s) => s.lang);
  const loadSettings = useStore((s) => s.loadSettings);
  useEffect(() => { void loadSettings(); }, [loadSettings]);
  useEffect(() => { document.documentElement.lang = lang; }, [lang]);
  return (
    <div className="app">
      <TopBar />
      <ErrorBanner />
      <ReadOnlyBanner />
      <FixityBanner />
      <main className="content">
        {screen === 'picker' && <ArchivePicker />}
        {screen === 'shipments' && <ShipmentsScreen />}
        {screen === 'folder' && <FolderScreen />}
        {screen === 'records' && <RecordsScreen />}
        {screen === 'permits' && <PermitsScreen />}
      </main>
    </div>
  );
}
