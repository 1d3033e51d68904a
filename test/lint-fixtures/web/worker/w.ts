export type W = number;
