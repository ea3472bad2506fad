// Freshdesk canned responses, as its API returns them: a list of responses `{id, title, content, content_html,
// folder_id}`, or `{"canned_responses": [ … ], "folders": [{id, name}]}`, or folders each holding their
// `canned_responses`. `content_html` is preferred; the folder's name is the category hint.
import { describeValue, isObject, type JsonObject } from '../bank/fields';
import { buildResult } from './build';
import { describeShape, readJson } from './read-json';
import { failed, type Candidate, type ImportResult, type Rejected } from './types';

interface Located {
  response: unknown;
  position: string;
  /** The name of the folder it was found in, when the file nests responses in folders. */
  folder?: string;
}

const isFolder = (value: unknown): value is JsonObject => isObject(value) && Array.isArray(value.canned_responses);
const looksLikeResponse = (value: unknown) => isObject(value) && ('content' in value || 'content_html' in value);

function inFolder(folder: JsonObject, prefix: string): Located[] {
  const name = typeof folder.name === 'string' ? folder.name : undefined;
  return (folder.canned_responses as unknown[]).map((response, i) => ({ response, position: `${prefix}canned_responses[${i}]`, ...(name ? { folder: name } : {}) }));
}

function responsesOf(data: unknown): Located[] | string {
  if (isFolder(data)) return inFolder(data, '');
  if (Array.isArray(data) && data.length > 0 && data.every(isFolder)) return data.flatMap((f, i) => inFolder(f, `[${i}].`));
  if (Array.isArray(data) && (data.length === 0 || data.some(looksLikeResponse))) return data.map((response, i) => ({ response, position: `[${i}]` }));
  const hint = isObject(data) && 'macros' in data ? ' — it looks like Zendesk macros, import it as those' : '';
  return `expected Freshdesk canned responses: a list [ … ] of {"id", "title", "content_html"} objects, or {"canned_responses": [ … ]}; found ${describeShape(data)}${hint}`;
}

/** Folder names by id, from a `folders` list beside the responses. */
function folderNames(data: unknown): Map<unknown, string> {
  const folders = isObject(data) && Array.isArray(data.folders) ? data.folders : [];
  return new Map(folders.filter(isObject).filter((f) => typeof f.name === 'string').map((f) => [f.id, f.name as string]));
}

function readResponse({ response, position, folder }: Located, folders: Map<unknown, string>): Candidate | Rejected {
  if (!isObject(response)) return { row: position, title: '', reason: `expected a canned response object, found ${describeValue(response)}` };
  const row = typeof response.id === 'number' || (typeof response.id === 'string' && response.id.trim() !== '') ? response.id : position;
  const title = typeof response.title === 'string' ? response.title : '';
  const html = typeof response.content_html === 'string' && response.content_html.trim() !== '' ? response.content_html : undefined;
  const plain = typeof response.content === 'string' ? response.content : undefined;
  if (html === undefined && plain === undefined) {
    const found = 'content_html' in response ? `"content_html" is ${describeValue(response.content_html)}` : 'neither';
    return { row, title, reason: `no reply text: expected "content_html" or "content" as text, found ${found}` };
  }
  const folderName = folder ?? folders.get(response.folder_id);
  return { row, title, body: html !== undefined ? { html } : { text: plain! }, hints: folderName ? [folderName] : [], tags: [], notes: [] };
}

export function importFreshdesk(text: string): ImportResult {
  const read = readJson(text);
  if ('problem' in read) return failed(read.problem);
  // `{"canned_responses": [ … ], "folders": [ … ]}` reads as a folder with no name; its responses name theirs by folder_id.
  const responses = responsesOf(read.data);
  if (typeof responses === 'string') return failed({ message: responses });
  if (responses.length === 0) return failed({ message: 'the file holds no canned responses (the list is empty)' });
  const folders = folderNames(read.data);
  return buildResult(responses.map((r) => readResponse(r, folders)));
}
