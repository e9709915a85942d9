export function fuseSettings(platform: string): Record<string, boolean>;
