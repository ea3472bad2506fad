// What Composure is compared with:
// (a) the common approach of snippet/macro extensions: a new Fuse index over the bank for every query, queried
//     with the customer's message as it is (Fuse matches a long pattern 32 characters at a time, bitap chunk by
//     chunk, over every phrase — this is exactly the cost the comparison is about);
// (b) Fuse done well: one prebuilt index, token search (TF-IDF over words) with the message;
// (c) the floor: one pass of tokenising the ticket and nothing else — no engine can read a ticket for less.
import Fuse, { type IFuseOptions } from 'fuse.js';
import { tokenise } from '../../src/engine/text/tokenise';
import type { Bank, Phrase } from '../../src/engine/types';

/** The fields a snippet extension searches: the snippet's text, its keywords and its name. */
const KEYS = ['text', 'triggers', 'id'];
const SUGGESTIONS = 8;

const COMMON: IFuseOptions<Phrase> = { keys: KEYS, includeScore: true };

export function peerNewIndexPerQuery(bank: Bank): (message: string) => Phrase[] {
  return (message) => new Fuse(bank.phrases, COMMON).search(message, { limit: SUGGESTIONS }).map((r) => r.item);
}

export function peerPrebuiltTokenSearch(bank: Bank): (message: string) => Phrase[] {
  const fuse = new Fuse(bank.phrases, { ...COMMON, useTokenSearch: true });
  return (message) => fuse.search(message, { limit: SUGGESTIONS }).map((r) => r.item);
}

/** The same ranking as peer (a) without rebuilding the index: identical results, for the quality run only. */
export function peerPrebuiltIndex(bank: Bank): (message: string) => Phrase[] {
  const fuse = new Fuse(bank.phrases, COMMON);
  return (message) => fuse.search(message, { limit: 1 }).map((r) => r.item);
}

export function floorTokenise(text: string): number {
  return tokenise(text).length;
}
