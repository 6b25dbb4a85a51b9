/**
 * URL state: what a shared link carries — the selected trigger point and side, the preset view
 * and the reading level. Parsing normalises and rejects unknown values with a notice (the rest of
 * the link still applies); serialising omits defaults so links stay short. Pure: no window access
 * (see urlSync.ts for the browser wiring).
 *
 *   ?tp=upper-trapezius-1&side=left&view=back&level=clinical
 *   ?mode=pain&pain=-85,1660,30~heel.l~-40,900,-120_-45,905,-118
 *
 * Pain marks (`pain`) are separated by `~`: a spot is `x,y,z` in whole millimetres (body frame),
 * a painted stroke is several spots joined by `_`, a region is its id with `.l` for the left side.
 */
import type { RegionId, Side, TriggerPointId } from '../domain/ids';
import type { PainMarkSpec } from '../domain/marks';
import type { Vec3 } from '../domain/vec';
import type { ReadingLevel } from '../domain/types';

export type ViewPreset = 'front' | 'back' | 'left' | 'right';
export const VIEW_PRESETS: readonly ViewPreset[] = ['front', 'back', 'left', 'right'];

export type Mode = 'explore' | 'pain';

export interface UrlState {
  readonly selection: { readonly id: TriggerPointId; readonly side: Side } | null;
  readonly view: ViewPreset | null;
  readonly level: ReadingLevel;
  readonly mode: Mode;
  readonly pain: readonly PainMarkSpec[];
}

export const DEFAULT_URL_STATE: UrlState = {
  selection: null,
  view: null,
  level: 'patient',
  mode: 'explore',
  pain: [],
};

/** What the parser may check ids against. */
export interface UrlChecks {
  isTriggerPoint(id: string): boolean;
  isRegion(id: string): boolean;
}

/** More marks than anyone taps; caps what a crafted link can make the app do. */
export const MAX_PAIN_MARKS = 24;
const MAX_STROKE_POINTS = 64;
/** Spots must lie in the body's box (millimetres). */
const BODY_MM = { x: 600, yMin: -20, yMax: 1850, zMin: -250, zMax: 350 };

function parseSpot(text: string): Vec3 | null {
  const parts = text.split(',');
  if (parts.length !== 3 || !parts.every((p) => /^-?\d{1,4}$/.test(p))) return null;
  const [x, y, z] = parts.map(Number) as [number, number, number];
  if (
    Math.abs(x) > BODY_MM.x ||
    y < BODY_MM.yMin ||
    y > BODY_MM.yMax ||
    z < BODY_MM.zMin ||
    z > BODY_MM.zMax
  )
    return null;
  return [x / 1000, y / 1000, z / 1000];
}

function parseMark(text: string, isRegion: (id: string) => boolean): PainMarkSpec | null {
  if (/^[a-z0-9-]+(\.[lr])?$/.test(text)) {
    const [id = '', suffix] = text.split('.');
    return isRegion(id)
      ? { kind: 'region', id: id as RegionId, side: suffix === 'l' ? 'left' : 'right' }
      : null;
  }
  const spots = text.split('_');
  if (spots.length > MAX_STROKE_POINTS) return null;
  const points = spots.map(parseSpot);
  return points.every((p): p is Vec3 => p !== null) ? { kind: 'spot', points } : null;
}

const mm = (v: number) => String(Math.round(v * 1000));

function serializeMark(mark: PainMarkSpec): string {
  if (mark.kind === 'region') return mark.side === 'left' ? `${mark.id}.l` : mark.id;
  return mark.points.map((p) => p.map(mm).join(',')).join('_');
}

export interface ParsedUrl {
  readonly state: UrlState;
  /** Plain-language notices for values that were ignored. */
  readonly notices: readonly string[];
}

const MAX_PARAM_LENGTH = 80;
const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** Parse a location.search string; `checks` say whether ids exist in the atlas. */
export function parseUrlState(search: string, checks: UrlChecks): ParsedUrl {
  const { isTriggerPoint } = checks;
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
  let mode: Mode = 'explore';
  const modeParam = get('mode');
  if (modeParam !== null) {
    if (modeParam === 'pain' || modeParam === 'explore') mode = modeParam;
    else notices.push(`The link's mode "${shown(modeParam)}" is not known; showing the explorer.`);
  }

  const pain: PainMarkSpec[] = [];
  const painParam = params.get('pain');
  if (painParam) {
    const parts = painParam.split('~').slice(0, MAX_PAIN_MARKS + 1);
    let bad = 0;
    for (const part of parts.slice(0, MAX_PAIN_MARKS)) {
      const mark = parseMark(part.trim(), checks.isRegion);
      if (mark) pain.push(mark);
      else bad++;
    }
    if (bad > 0)
      notices.push(
        `${bad} of the link's pain marks could not be read and ${bad === 1 ? 'was' : 'were'} left out.`,
      );
    if (parts.length > MAX_PAIN_MARKS)
      notices.push(
        `The link has more than ${MAX_PAIN_MARKS} pain marks; only the first ${MAX_PAIN_MARKS} are shown.`,
      );
  }
  return { state: { selection, view, level, mode, pain }, notices };
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
  if (state.mode !== 'explore') params.set('mode', state.mode);
  if (state.pain.length > 0) params.set('pain', state.pain.map(serializeMark).join('~'));
  const s = params.toString();
  return s ? `?${s}` : '';
}
