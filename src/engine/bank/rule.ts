import { SEVERITIES, type AvoidRule } from '../types';
import { checkKeys, describeValue, isObject, readChoice, readText, readTextList } from './fields';
import { looksLikePhraseId, readPlainId } from './ids';
import { checkInsertText } from './insert-text';
import { checkMatchTerm } from './match-terms';
import type { ProblemSink } from './problem';

const RULE_FIELDS = ['id', 'patterns', 'severity', 'why', 'alternatives'] as const;

/**
 * Checks one entry of a `rules` list on its own. Whether its alternatives name existing phrases, and whether its
 * patterns flag the bank's own phrases, are bank-level checks (see bank-checks).
 */
export function checkRule(entry: unknown, sink: ProblemSink): AvoidRule | undefined {
  if (!isObject(entry)) {
    sink.error('(entry)', `expected a rule object {"id", "patterns", "severity", "why", "alternatives"}, found ${describeValue(entry)}`);
    return undefined;
  }
  checkKeys(entry, RULE_FIELDS, sink);
  const id = readPlainId(entry.id, sink);
  const patterns = readTextList(entry, 'patterns', sink, {
    what: 'word sequences to catch in a draft, like "calm down"',
    emptyMeans: 'a rule needs at least one pattern to catch, like "calm down"',
  });
  patterns?.forEach((pattern, i) => checkMatchTerm(pattern, `patterns[${i}]`, sink, 'pattern'));
  const severity = readChoice(entry, 'severity', SEVERITIES, sink);
  const why = readText(entry, 'why', sink, 'one line telling the agent why this line hurts');
  const alternatives = readTextList(entry, 'alternatives', sink, {
    what: 'phrase ids (like "empathy.short-name") or replacement texts',
    emptyMeans: 'give at least one phrase id or replacement text to offer instead',
  });
  alternatives?.forEach((alternative, i) => {
    if (!looksLikePhraseId(alternative)) checkInsertText(alternative, `alternatives[${i}]`, sink);
  });
  if (sink.errorCount > 0) return undefined;
  return { id: id!, patterns: patterns!, severity: severity!, why: why!, alternatives: alternatives! };
}
