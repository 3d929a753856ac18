// Bundle entry: catches everything so that no stack trace reaches a clerk.
import { main } from './main.js';

export async function run(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    process.stderr.write(`cchc: lỗi nội bộ / internal error: ${detail}\n`);
    if (process.env.CCHC_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return 70;
  }
}
