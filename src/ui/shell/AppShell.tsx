/**
 * The explorer layout. Wide screens (≥ 900 px): header, the 3D stage, and a fixed right side
 * panel; the muscle list is a drawer over the stage's left edge. Phones and portrait tablets:
 * the stage fills the screen, the panel is a bottom sheet and the muscle list a full-height
 * sheet. UI-only state (which sheet is open, sheet size, the filter text) lives here; app state
 * lives in the store.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { AboutDialog } from '../about/AboutDialog';
import { BrowsePanel } from '../browse/BrowsePanel';
import { LiveRegion } from '../common/LiveRegion';
import { useMediaQuery, WIDE_QUERY } from '../common/useMediaQuery';
import { useShownSelection } from '../common/useShownSelection';
import { useAtlasStore } from '../../state/store';
import { InfoPanel } from '../panel/InfoPanel';
import { LazyLearnDialog } from '../learn/LazyLearnDialog';
import { LazyPainModePanel } from '../pain/LazyPainModePanel';
import { LazyPackDialog } from '../packs/LazyPackDialog';
import { PackDropTarget } from '../packs/PackDropTarget';
import { PackNotice } from '../packs/PackNotice';
import { BottomSheet } from '../sheet/BottomSheet';
import { SidePanel } from '../sheet/SidePanel';
import type { SnapPoint } from '../sheet/snap';
import { Stage } from '../viewer/Stage';
import { Header } from './Header';
import { useGlobalKeys } from './useGlobalKeys';
import { useViewInsets } from './useViewInsets';
import { usePanelFocusRescue } from './usePanelFocusRescue';

/** Wide enough that an open drawer still leaves the body in view after a pick. */
const ROOMY_QUERY = '(min-width: 1280px)';

interface Props {
  /** The 3D viewer (the app's; ui may not import the scene). */
  viewer: ReactNode;
  /** Notices about the app itself from outside ui (the update notice), shown under the header. */
  notices?: ReactNode;
}

export function AppShell({ viewer, notices }: Props) {
  const wide = useMediaQuery(WIDE_QUERY);
  const roomy = useMediaQuery(ROOMY_QUERY);
  const coarse = useMediaQuery('(pointer: coarse)');
  // As the panel shows it (deferred): the sheet, insets and focus follow the panel's content.
  const selection = useShownSelection();
  const [browse, setBrowse] = useState<{ open: boolean; byKey: boolean }>({
    open: false,
    byKey: false,
  });
  const [query, setQuery] = useState('');
  const [aboutOpen, setAboutOpen] = useState(false);
  const [snap, setSnap] = useState<SnapPoint>('peek');
  const browseButton = useRef<HTMLButtonElement>(null);

  // A new selection raises a peeking phone sheet so its content is readable.
  const [lastSelection, setLastSelection] = useState(selection);
  if (selection !== lastSelection) {
    setLastSelection(selection);
    if (selection !== null && snap === 'peek') setSnap('half');
    if (selection === null) setSnap('peek');
  }

  const openBrowse = useCallback((byKey: boolean) => setBrowse({ open: true, byKey }), []);
  const closeBrowse = useCallback(() => {
    setBrowse((b) => (b.open ? { open: false, byKey: false } : b));
    browseButton.current?.focus();
  }, []);
  const focusPanelTitle = useRef(false);
  const onPicked = () => {
    if (wide && roomy) return;
    focusPanelTitle.current = true;
    setBrowse({ open: false, byKey: false });
  };
  useGlobalKeys({
    onSearchKey: useCallback(() => openBrowse(true), [openBrowse]),
    onEscape: useCallback(() => {
      if (browse.open) closeBrowse();
    }, [browse.open, closeBrowse]),
  });

  // Closing the list by picking: take focus to the panel's title (not the page body), so
  // keyboard and screen-reader users land on what they picked. The panel shows the selection a
  // render later (deferred): wait for it, or the welcome title would take focus and then be
  // replaced, dropping focus to the page.
  const picked = useAtlasStore((s) => s.selection);
  useEffect(() => {
    if (browse.open || !focusPanelTitle.current || selection !== picked) return;
    focusPanelTitle.current = false;
    document.getElementById('panel-title')?.focus({ preventScroll: true });
  }, [browse.open, selection, picked]);

  usePanelFocusRescue();
  const mode = useAtlasStore((s) => s.mode);
  const showing = `${mode}:${selection ?? ''}`;

  const browsePanel = browse.open ? (
    <BrowsePanel
      variant={wide ? 'drawer' : 'sheet'}
      query={query}
      onQueryChange={setQuery}
      onClose={closeBrowse}
      onPicked={onPicked}
      focusFilter={browse.byKey || !coarse}
    />
  ) : null;
  useViewInsets([wide, snap, browse.open, selection]);

  const panel = (
    <LazyPainModePanel>
      <InfoPanel onBrowse={openBrowse} />
    </LazyPainModePanel>
  );

  return (
    <div className={`shell ${wide ? 'shell--wide' : 'shell--narrow'}`}>
      <Header
        browseOpen={browse.open}
        browseButtonRef={browseButton}
        onBrowse={(byKey) => (browse.open ? closeBrowse() : openBrowse(byKey))}
        onAbout={() => setAboutOpen(true)}
      />
      {/* In the page's flow, not over the stage: while a notice shows, the stage and the panel
          start below it, so it never hides a control at any size or zoom. */}
      <div className="shell__notices">
        {notices}
        <PackNotice />
      </div>
      <main className="shell__main">
        <Stage viewer={viewer}>{wide ? browsePanel : null}</Stage>
        {wide ? (
          <SidePanel label="Trigger point details" showing={showing}>
            {panel}
          </SidePanel>
        ) : (
          <BottomSheet
            snap={snap}
            onSnapChange={setSnap}
            label="Trigger point details"
            showing={showing}
          >
            {panel}
          </BottomSheet>
        )}
        {wide ? null : browsePanel}
      </main>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      <LiveRegion />
      <LazyLearnDialog />
      <LazyPackDialog />
      <PackDropTarget />
    </div>
  );
}
