import { elevenlabs } from './elevenlabs';
import { retell } from './retell';
import { vapi } from './vapi';
import type { Dialect, Platform } from './voice';

export const DIALECTS: Readonly<Record<Platform, Dialect>> = { vapi, retell, elevenlabs };
