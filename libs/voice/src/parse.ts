/** Small readers for platforms' JSON: nothing is trusted to have the documented type. */

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export const obj = (value: unknown): Json => (isObject(value) ? value : {});

export const str = (value: unknown, max = 256): string | undefined => (typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined);

export const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Arguments as an object or as a JSON string of one (models and platforms send both). */
export function argsOf(value: unknown): Json | undefined {
  if (isObject(value)) return value;
  if (typeof value !== 'string') return value === undefined || value === null ? {} : undefined;
  if (value.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A transcript turn's text, bounded like POST /v1/transcripts bounds it; empty turns are dropped by the caller. */
export const turnText = (value: unknown): string => (typeof value === 'string' ? value.trim().slice(0, 20_000) : '');

/** The transcript path takes at most 2,000 turns; a longer call keeps its last ones. */
export const MAX_TURNS = 2_000;
