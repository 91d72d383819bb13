// The public face of the search module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).

export {
  type JobConcepts,
  jobConcepts,
  type TitleReading,
  titleReadsAs,
  VOCABULARY_VERSION,
} from './job-concepts.ts';
export { parseQuery } from './query-parser.ts';
export { searchRoutes } from './search.routes.ts';
export { type SearchItem, SearchQuery, type SearchResult } from './search.schema.ts';
export { CAB_ONLY_SHIFTS, createSearchService, type SearchService, toJobSummary } from './search.service.ts';
export { searchBulkLoad } from './search-bulk.repo.ts';
