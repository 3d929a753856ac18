// "… hoàn thành việc lập danh mục hồ sơ." with no date: the drafter forgot the deadline.
import type { Rule } from '../types.js';

const COMPLETE = /(?<![\p{L}])hoàn\s+thành(?![\p{L}])/iu;
// "mức độ hoàn thành", "tỷ lệ hoàn thành", "không/chưa/đã hoàn thành" describe a
// result, not an order.
const DESCRIPTIVE = /(?:mức\s+độ|tỷ\s+lệ|tỉ\s+lệ|kết\s+quả|không|chưa|đã)\s+hoàn\s+thành/giu;

// "hoàn thành tốt / xuất sắc / vượt mức / các nhiệm vụ được giao" state an aim, not a job with a date.
const AIM = /hoàn\s+thành\s+(?:tốt|xuất\s+sắc|thắng\s+lợi|toàn\s+diện|vượt|(?:các\s+|mọi\s+)?nhiệm\s+vụ)/giu;

export function asksForCompletion(text: string): boolean {
  return COMPLETE.test(text.replace(DESCRIPTIVE, '').replace(AIM, ''));
}

export const taskCompletionNoDeadline: Rule = {
  code: 'task/completion-no-deadline',
  severity: 'warning',
  description: 'task says "hoàn thành" but has no deadline',
  check: ({ doc }) =>
    doc.tasks.filter((t) => t.deadlines.length === 0 && asksForCompletion(t.text)).map((t) => ({ position: t.position, vars: { task: t.id } })),
};
