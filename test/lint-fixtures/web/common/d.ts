import { c } from './c.ts';
export const d = c;
