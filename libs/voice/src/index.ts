export { comingDays, DEFAULT_DAYS, inPart, resolveDay, resolveInstant, searchWindow, type PartOfDay, type SearchWindow } from './date-phrase';
export { DIALECTS } from './dialects';
export { ELEVENLABS_META } from './elevenlabs';
export { matchName, type NameMatch, type Named } from './name-match';
export { signElevenLabs, signRetell, signVapi } from './signatures';
export { ambiguitySuffix, lastDigits, oneLine, partOfDayOf, spokenDay, spokenList, spokenTime, spokenTimeOfDay } from './speech';
export { readArgs, TOOLS, toolSpec, type ToolArgs, type ToolName, type ToolSpec } from './tools';
export * from './voice';
export { endOfCallRequest, spokenAnswer, toolRequest, type SimulatedCall, type SimulatedConnection, type SimulatedRequest, type SimulatedTurn } from './simulator';
