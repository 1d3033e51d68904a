import { y } from '../app/y.ts';
export const e = y;
