// reader text → markup → blocks → header/structure → units, deadlines, targets, citations.
import type { CchcDocument } from '../model/schema.js';
import type { Lang } from '../render/types.js';

export type DocumentBody = Omit<CchcDocument, 'schemaVersion' | 'source'>;

export interface PipelineOptions {
  lang: Lang;
}

export function runPipeline(_text: string, _opts: PipelineOptions): DocumentBody {
  return {
    document: {
      type: null, issuer: null, parentIssuer: null, number: null, symbol: null, place: null,
      date: null, year: null, subject: null, recipients: [], signer: { authority: null, title: null, name: null },
      distribution: [],
    },
    references: [],
    sections: [],
    tasks: [],
    units: [],
    diagnostics: [],
  };
}
