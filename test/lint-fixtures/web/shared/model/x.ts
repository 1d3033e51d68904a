import { y } from '../../app/y.ts';
export const x = y;
