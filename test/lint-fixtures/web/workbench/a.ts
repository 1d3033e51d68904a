import { b } from '../compare/b.ts';
export const a = b;
