/** What a page handler returns: the data it read (its JSON variant) and the frame to render. */
import type { PageFrame } from './views/layout.ts';

export interface Page extends PageFrame {
  /** What the GraphQL queries answered: the page's JSON representation */
  data: unknown;
  /** HTTP status, 200 unless given */
  status?: number;
}
