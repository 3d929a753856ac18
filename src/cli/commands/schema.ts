import * as z from 'zod/mini';
import { CchcDocument } from '../../model/schema.js';
import type { Io } from '../io.js';

export async function runSchema(io: Io): Promise<number> {
  const schema = z.toJSONSchema(CchcDocument, { target: 'draft-2020-12' });
  io.stdout(`${JSON.stringify({ $id: 'https://github.com/cchc/cchc/schema/v1.json', title: 'cchc document', ...schema }, null, 2)}\n`);
  return 0;
}
