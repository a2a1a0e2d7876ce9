export declare const GENERATED: Record<string, () => string>;
export declare function ensureSecrets(file: string, generated?: Record<string, () => string>): { values: Record<string, string>; created: string[] };
