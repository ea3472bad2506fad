// The team bank's records in `browser.storage.local`: only `team:*` keys, which the storage core never touches.
import type { TeamLayer } from '../bank/builtin';

export const TEAM_KEYS = {
  /** The URL the agent chose in the options page: TeamSourceRecord. */
  source: 'team:source',
  /** The last good copy: TeamCache. */
  cache: 'team:cache',
  /** The last check and how it went: TeamStatus. */
  status: 'team:status',
} as const;

/** Who chose the bank: the agent in the options page, or an admin through browser policy (which wins). */
export type TeamSourceKind = 'agent' | 'organisation';

/** Where the team bank comes from now. `inline`: the whole bank was pushed by policy, nothing to fetch. */
export type TeamSource =
  | { kind: TeamSourceKind; url: string }
  | { kind: 'organisation'; inline: unknown };

export interface TeamSourceRecord {
  url: string;
  setAt: string;
}

/** The last good copy, validated before it was stored. `url` is "policy" for a bank pushed inline. */
export interface TeamCache extends TeamLayer {
  url: string;
  source: TeamSourceKind;
  etag?: string;
  lastModified?: string;
  /** ISO time the copy was fetched (or read from policy). */
  fetchedAt: string;
}

/** What the sidebar gets: the validated team entries and which phrase ids are locked, with where they came from. */
export type TeamBank = TeamCache;

export interface TeamStatus {
  checkedAt: string;
  /** What was checked. */
  url: string;
  ok: boolean;
  /** 304 Not Modified: the copy in use is current. */
  notModified?: boolean;
  /** One line saying what failed, when `ok` is false. */
  error?: string;
  /** Each problem of a bank that failed validation, `file: id: field: severity: message`. */
  problems?: string[];
}

/** The `url` of a cache or status for a bank pushed inline by policy. */
export const INLINE_POLICY_URL = 'policy';
