// The relation a cue word gives a date (GOLD.md): "trước" → before;
// "chậm nhất", "hạn chót", "đến (hết)", "trong", "không quá" … → by;
// "vào", "lúc", "tổ chức", "diễn ra" → on; "từ", "kể từ", "bắt đầu" → from.
// The last relation word decides: "chậm nhất trước" is before, "trước hoặc trong" by.
import type { Relation } from '../model/schema.js';
import { B } from './patterns.js';

export function relationOfCue(cue: string): Relation {
  const c = cue.replace(/[\s:]+/g, ' ').trim();
  if (/trước hoặc (?:trong|đúng)$/.test(c)) return 'by';
  if (/(?:^|\s)trước$/.test(c)) return 'before';
  if (/(?:^|\s)(?:kể từ|từ|bắt đầu|tính từ)$/.test(c)) return 'from';
  if (/^(?:vào|lúc|tổ chức|diễn ra|khai mạc)/.test(c)) return 'on';
  return 'by';
}

/** "chức danh nghỉ hưu trước 01/7/2025": who qualifies, not a deadline. */
export const QUALIFIER = new RegExp(`${B}(?:nghỉ\\s+hưu|nghỉ\\s+việc|sinh|ra\\s+đời|tuyển\\s+dụng|hưởng|phát\\s+sinh|được\\s+cấp|ký\\s+kết)\\s*$`, 'u');
