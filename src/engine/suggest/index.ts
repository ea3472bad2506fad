export { createSuggester } from './suggester';
export { CATEGORY_STAGE, categoryStage } from './stages';
export type { ChoiceHistory, SearchOptions, SuggestContext, SuggestResult, Suggester } from './types';
