/**
 * URL state: what a shared link carries — the selected trigger point and side, the preset view
 * and the reading level. Parsing normalises and rejects unknown values with a notice (the rest of
 * the link still applies); serialising omits defaults so links stay short. Pure: no window access
 * (see urlSync.ts for the browser wiring).
 *
 *   ?tp=upper-trapezius-1&side=left&view=back&level=clinical
 */
import type { Side, TriggerPointId } from '../domain/ids';
import type { ReadingLevel } from '../domain/types';

export type ViewPreset = 'front' | 'back' | 'left' | 'right';
export const VIEW_PRESETS: readonly ViewPreset[] = ['front', 'back', 'left', 'right'];

export interface UrlState {
  readonly selection: { readonly id: TriggerPointId; readonly side: Side } | null;
  readonly view: ViewPreset | null;
  readonly level: ReadingLevel;
}

export const DEFAULT_URL_STATE: UrlState = { selection: null, view: null, level: 'patient' };

export interface ParsedUrl {
  readonly state: UrlState;
  /** Plain-language notices for values that were ignored. */
  readonly notices: readonly string[];
}

const MAX_PARAM_LENGTH = 80;
const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** Parse a location.search string; `isTriggerPoint` says whether an id exists in the atlas. */
export function parseUrlState(search: string, isTriggerPoint: (id: string) => boolean): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const get = (name: string) => {
    const v = params.get(name);
    return v === null ? null : v.trim().slice(0, MAX_PARAM_LENGTH + 1);
  };

  let selection: UrlState['selection'] = null;
  const tp = get('tp');
  const sideParam = get('side');
  let side: Side = 'right';
  if (sideParam !== null) {
    if (sideParam === 'left' || sideParam === 'right') side = sideParam;
    else
      notices.push(
        `The link's side "${shown(sideParam)}" is not left or right; showing the right side.`,
      );
  }
  if (tp !== null && tp !== '') {
    if (tp.length <= MAX_PARAM_LENGTH && isTriggerPoint(tp))
      selection = { id: tp as TriggerPointId, side };
    else
      notices.push(
        `The link names a trigger point "${shown(tp)}" that is not in this atlas; showing the default view.`,
      );
  }

  let view: ViewPreset | null = null;
  const viewParam = get('view');
  if (viewParam !== null) {
    if ((VIEW_PRESETS as readonly string[]).includes(viewParam)) view = viewParam as ViewPreset;
    else
      notices.push(
        `The link's view "${shown(viewParam)}" is not one of front, back, left or right.`,
      );
  }

  let level: ReadingLevel = 'patient';
  const levelParam = get('level');
  if (levelParam !== null) {
    if (levelParam === 'patient' || levelParam === 'clinical') level = levelParam;
    else
      notices.push(`The link's reading level "${shown(levelParam)}" is not patient or clinical.`);
  }
  return { state: { selection, view, level }, notices };
}

/** Serialise to a search string ('' when everything is default). Parameter order is fixed. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.selection) {
    params.set('tp', state.selection.id);
    if (state.selection.side !== 'right') params.set('side', state.selection.side);
  }
  if (state.view) params.set('view', state.view);
  if (state.level !== 'patient') params.set('level', state.level);
  const s = params.toString();
  return s ? `?${s}` : '';
}
