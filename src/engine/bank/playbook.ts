import { MOODS, SITUATIONS, type Playbook } from '../types';
import { checkKeys, describeValue, isObject, readChoiceList, readText, readTextList } from './fields';
import { readPlainId } from './ids';
import type { ProblemSink } from './problem';

const PLAYBOOK_FIELDS = ['id', 'title', 'when', 'steps'] as const;
const WHEN_FIELDS = ['situations', 'moods', 'abusive'] as const;

function readWhen(entry: Record<string, unknown>, sink: ProblemSink): Playbook['when'] | undefined {
  const when = entry.when;
  const expected = 'an object like {"situations": ["refund"], "moods": ["angry"], "abusive": true}';
  if (when === undefined) {
    sink.error('when', `missing: expected ${expected}`);
    return undefined;
  }
  if (!isObject(when)) {
    sink.error('when', `expected ${expected}, found ${describeValue(when)}`);
    return undefined;
  }
  const errorsBefore = sink.errorCount;
  checkKeys(when, WHEN_FIELDS, sink, 'when.');
  const situations = readChoiceList(when, 'situations', SITUATIONS, sink, 'when.situations');
  const moods = readChoiceList(when, 'moods', MOODS, sink, 'when.moods');
  if (when.abusive !== undefined && typeof when.abusive !== 'boolean') {
    sink.error('when.abusive', `expected true or false, found ${describeValue(when.abusive)}`);
  }
  if (sink.errorCount > errorsBefore) return undefined;
  if (!situations?.length && !moods?.length && when.abusive === undefined) {
    sink.warn('when', 'no conditions: the playbook would show on every ticket; name situations, moods or "abusive"');
  }
  return {
    ...(when.situations !== undefined && { situations }),
    ...(when.moods !== undefined && { moods }),
    ...(typeof when.abusive === 'boolean' && { abusive: when.abusive }),
  };
}

/** Checks one entry of a `playbooks` list. */
export function checkPlaybook(entry: unknown, sink: ProblemSink): Playbook | undefined {
  if (!isObject(entry)) {
    sink.error('(entry)', `expected a playbook object {"id", "title", "when", "steps"}, found ${describeValue(entry)}`);
    return undefined;
  }
  checkKeys(entry, PLAYBOOK_FIELDS, sink);
  const id = readPlainId(entry.id, sink);
  const title = readText(entry, 'title', sink, 'a short title for the sidebar');
  const when = readWhen(entry, sink);
  const steps = readTextList(entry, 'steps', sink, {
    what: 'steps for the agent, in order',
    emptyMeans: 'a playbook needs at least one step',
  });
  if (sink.errorCount > 0) return undefined;
  return { id: id!, title: title!, when: when!, steps: steps! };
}
