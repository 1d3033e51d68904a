import type { W } from '../worker/w.ts';
export const y: W = 1;
