import { b } from '../compare/b.ts';
import { d } from './d.ts';
export const c = b + d;
