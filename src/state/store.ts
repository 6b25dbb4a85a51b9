/**
 * The one application store (zustand): the loaded atlas, the selection, the view, the reading
 * level, layer settings and user notices. Components read slices with `useAtlasStore(selector)`
 * and change state only through `actions`. Camera moves are requests with a sequence number,
 * so the scene can animate them without React re-rendering per frame.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Atlas } from '../domain/catalogue';
import type { AtlasIssue } from '../domain/issues';
import {
  instanceKey,
  parseInstanceKey,
  type ArticleId,
  type GlossaryId,
  type InstanceKey,
} from '../domain/ids';
import type { ReadingLevel } from '../domain/types';
import { MAX_PAIN_MARKS, type Mode, type UrlState, type ViewPreset } from './url';
import { markFacing, toPainMarks, type PainMarkSpec, type SkinArrays } from '../domain/marks';
import type { Vec3 } from '../domain/vec';

export type CameraRequest =
  | { readonly kind: 'preset'; readonly preset: ViewPreset }
  | { readonly kind: 'reset' }
  | { readonly kind: 'focus'; readonly key: InstanceKey }
  /** The whole body, from whichever of the four presets is nearest the current view. */
  | { readonly kind: 'whole' }
  /**
   * The whole body from the preset that best shows a surface facing `direction` (a region
   * marked from the list) — no move when the current view shows it already.
   */
  | { readonly kind: 'face'; readonly direction: Vec3 };

export interface Notice {
  readonly id: number;
  readonly message: string;
  readonly tone: 'info' | 'warning';
}

export interface AtlasState {
  readonly atlas: Atlas | null;
  /** Data problems that stop the atlas from loading; shown in the error panel. */
  readonly dataIssues: readonly AtlasIssue[];
  readonly selection: InstanceKey | null;
  readonly level: ReadingLevel;
  /** The last preset view asked for (null once the user orbits freely). */
  readonly view: ViewPreset | null;
  readonly camera: { readonly seq: number; readonly request: CameraRequest };
  readonly notices: readonly Notice[];
  /** True once the body model has drawn its first frame. */
  readonly sceneReady: boolean;
  /**
   * True when the 3D view will not draw the body (no WebGL, a refused context, a model that
   * cannot be loaded, a crash): work that waits for the first frame need not wait.
   */
  readonly sceneFailed: boolean;
  /**
   * CSS pixels of the viewer covered by DOM panels (the phone's bottom sheet, an open drawer).
   * The scene frames presets and focus views in the uncovered rectangle.
   */
  readonly viewInsets: ViewInsets;
  readonly layers: Layers;
  /** What the loaded model contains (null until the scene has loaded it). */
  readonly modelParts: ModelParts | null;
  /** Explorer, or the "where does it hurt?" pain finder. */
  readonly mode: Mode;
  /** The spots and regions marked in the pain finder, in the order they were added. */
  readonly painMarks: readonly PainMarkSpec[];
  /**
   * The body's skin once the scene has loaded it (positions and normals in the body frame), so
   * pain marks can be snapped and regions sampled outside the scene. Null without WebGL.
   */
  readonly skin: SkinArrays | null;
  /** The open Learn view (general education and glossary), or null when closed. */
  readonly learn: LearnTarget | null;
  readonly actions: AtlasActions;
}

/** What the body shows: skin, muscles and bones on or off, and how opaque the skin is. */
export interface Layers {
  readonly skin: boolean;
  readonly muscles: boolean;
  readonly bones: boolean;
  /** 0 (invisible) … 1 (opaque). */
  readonly skinOpacity: number;
}

export const DEFAULT_LAYERS: Layers = { skin: true, muscles: true, bones: false, skinOpacity: 1 };

/** What the loaded body model can show: how many muscle meshes, and whether it has bones. */
export interface ModelParts {
  readonly muscles: number;
  readonly bones: boolean;
}

/** What the Learn view shows: its index, an article, or a glossary term. */
export type LearnTarget =
  | { readonly kind: 'index' }
  | { readonly kind: 'article'; readonly id: ArticleId }
  | { readonly kind: 'term'; readonly id: GlossaryId };

export interface ViewInsets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const NO_INSETS: ViewInsets = { top: 0, right: 0, bottom: 0, left: 0 };

/** The uncovered part must keep this share of the stage's width and of its height to be framed
 *  into; insets that leave less are not worth framing around. */
export const MIN_VISIBLE_SHARE = 0.3;

export interface AtlasActions {
  setAtlas(atlas: Atlas): void;
  setDataIssues(issues: readonly AtlasIssue[]): void;
  /** Select a trigger point instance (or clear with null); by default the camera turns to it. */
  select(key: InstanceKey | null, options?: { focus?: boolean }): void;
  setLevel(level: ReadingLevel): void;
  showView(preset: ViewPreset): void;
  resetView(): void;
  /** The user orbited away from the preset. */
  clearView(): void;
  applyUrlState(state: UrlState): void;
  notify(message: string, tone?: Notice['tone']): void;
  dismissNotice(id: number): void;
  setSceneReady(ready: boolean): void;
  setSceneFailed(failed: boolean): void;
  /** Set when a sheet snaps or a drawer opens or closes — never per pointer move. */
  setViewInsets(insets: ViewInsets): void;
  /** Set by the scene once the model is loaded (null when the viewer unmounts). */
  setModelParts(parts: ModelParts | null): void;
  setMode(mode: Mode): void;
  /** Open the pain finder with nothing selected, as one history step. */
  enterPainMode(): void;
  /** Add a mark (ignored beyond MAX_PAIN_MARKS). */
  addPainMark(mark: PainMarkSpec): void;
  removePainMark(index: number): void;
  clearPainMarks(): void;
  setSkin(skin: SkinArrays | null): void;
  setLayer(layer: 'skin' | 'muscles' | 'bones', visible: boolean): void;
  /** Clamped to [0, 1]. */
  setSkinOpacity(opacity: number): void;
  /** Open the Learn view at an article, a glossary term or its index (unknown ids are ignored). */
  openLearn(target: LearnTarget): void;
  closeLearn(): void;
}

export type AtlasStore = StoreApi<AtlasState>;

export function createAtlasStore(): AtlasStore {
  let noticeId = 0;
  return createStore<AtlasState>()((set, get) => {
    const requestCamera = (request: CameraRequest) =>
      set((s) => ({ camera: { seq: s.camera.seq + 1, request } }));
    const actions: AtlasActions = {
      setAtlas: (atlas) => set({ atlas, dataIssues: [] }),
      setDataIssues: (dataIssues) => set({ dataIssues }),
      select: (key, options) => {
        if (key !== null && !get().atlas?.instanceByKey.has(key)) return;
        // A focus move leaves any preset, so no view button should stay pressed.
        const focus = key !== null && options?.focus !== false;
        set(focus ? { selection: key, view: null } : { selection: key });
        if (focus) requestCamera({ kind: 'focus', key });
      },
      setLevel: (level) => set({ level }),
      showView: (preset) => {
        set({ view: preset });
        requestCamera({ kind: 'preset', preset });
      },
      resetView: () => {
        set({ view: null });
        requestCamera({ kind: 'reset' });
      },
      clearView: () => {
        if (get().view !== null) set({ view: null });
      },
      applyUrlState: (state) => {
        const key = state.selection ? instanceKey(state.selection.id, state.selection.side) : null;
        const valid = key !== null && get().atlas?.instanceByKey.has(key) ? key : null;
        set({
          selection: valid,
          level: state.level,
          view: state.view,
          mode: state.mode,
          painMarks: state.pain,
        });
        if (valid) requestCamera({ kind: 'focus', key: valid });
        else requestCamera(state.view ? { kind: 'preset', preset: state.view } : { kind: 'reset' });
      },
      notify: (message, tone = 'info') =>
        set((s) => ({ notices: [...s.notices, { id: ++noticeId, message, tone }] })),
      dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      setSceneReady: (sceneReady) => set({ sceneReady }),
      setSceneFailed: (sceneFailed) => set({ sceneFailed }),
      setModelParts: (modelParts) => set({ modelParts }),
      setMode: (mode) => set({ mode }),
      enterPainMode: () => {
        set({ mode: 'pain', selection: null });
        // "Where does it hurt?" starts from the whole body: a view zoomed on the last
        // selection would hide most of where the pain could be marked. The side is kept.
        if (get().camera.request.kind === 'focus') requestCamera({ kind: 'whole' });
      },
      addPainMark: (mark) => {
        const s = get();
        if (s.painMarks.length >= MAX_PAIN_MARKS) return;
        set({ painMarks: [...s.painMarks, mark] });
        // A region picked from the list may be out of sight (the back of the head, seen from
        // the front): turn to the side it is on. A spot was tapped where the user could see.
        if (mark.kind !== 'region' || !s.atlas) return;
        const [painted] = toPainMarks(s.atlas, [mark], s.skin);
        const facing = painted ? markFacing(painted) : null;
        if (facing) requestCamera({ kind: 'face', direction: facing });
      },
      removePainMark: (index) =>
        set((s) => ({ painMarks: s.painMarks.filter((_, i) => i !== index) })),
      clearPainMarks: () => set({ painMarks: [] }),
      setSkin: (skin) => set({ skin }),
      setLayer: (layer, visible) => set((s) => ({ layers: { ...s.layers, [layer]: visible } })),
      setSkinOpacity: (opacity) =>
        set((s) => ({
          layers: {
            ...s.layers,
            skinOpacity: Math.min(1, Math.max(0, Number.isFinite(opacity) ? opacity : 1)),
          },
        })),
      openLearn: (target) => {
        const atlas = get().atlas;
        if (target.kind === 'article' && !atlas?.articleById.has(target.id)) return;
        if (target.kind === 'term' && !atlas?.glossaryById.has(target.id)) return;
        set({ learn: target });
      },
      closeLearn: () => set({ learn: null }),
      setViewInsets: (insets) => {
        const current = get().viewInsets;
        const same = (['top', 'right', 'bottom', 'left'] as const).every(
          (k) => Math.round(current[k]) === Math.round(insets[k]),
        );
        if (!same) set({ viewInsets: insets });
      },
    };
    return {
      atlas: null,
      dataIssues: [],
      selection: null,
      level: 'patient',
      view: null,
      camera: { seq: 0, request: { kind: 'reset' } },
      notices: [],
      sceneReady: false,
      sceneFailed: false,
      viewInsets: NO_INSETS,
      learn: null,
      layers: DEFAULT_LAYERS,
      modelParts: null,
      mode: 'explore',
      painMarks: [],
      skin: null,
      actions,
    };
  });
}

/** The application's store. Tests create their own with createAtlasStore(). */
export const atlasStore = createAtlasStore();

export function useAtlasStore<T>(selector: (state: AtlasState) => T): T {
  return useStore(atlasStore, selector);
}

export const useActions = (): AtlasActions => useAtlasStore((s) => s.actions);

/** The URL-relevant part of the state. */
export function urlStateOf(state: AtlasState): UrlState {
  const sel = state.selection ? parseInstanceKey(state.selection) : null;
  return {
    selection: sel,
    view: state.view,
    level: state.level,
    mode: state.mode,
    pain: state.painMarks,
  };
}
