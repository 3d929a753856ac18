// A new version of a document: one date changed, one task removed, one added.
// Completion status carries over to the deadlines that did not change; the
// removed and the changed ones are cancelled; the new ones start open.
import { utimesSync } from 'node:fs';
import { expect, it } from 'vitest';
import { copyText, register } from './helpers.js';

const SEED = 'tuy-phuoc-cchc-2023.txt';
const REMOVED = '- Thực hiện kiểm tra, đôn đốc các cơ quan, đơn vị hoàn thành các chỉ tiêu về ký số';
const ADDED = '- Tổng hợp kết quả rà soát hồ sơ công việc điện tử, báo cáo UBND huyện **trước ngày 15/12/2023**.\n';

function secondVersion(s: string): string {
  const lines = s.split('\n');
  const at = lines.findIndex((l) => l.startsWith(REMOVED));
  expect(at).toBeGreaterThan(0);
  lines.splice(at, 1, ADDED.trimEnd());
  return lines.join('\n').replace('chậm nhất ngày 20/11/2023', 'chậm nhất ngày 22/11/2023');
}

type Occ = { id: string; day: string | null; state: string; text: string; task: { text: string } };
const all = async (r: ReturnType<typeof register>) => {
  const res = await r.cchc('due', '--format', 'json', '--from', '2023-11-01', '--to', '2023-12-31');
  const j = JSON.parse(res.stdout) as { occurrences: Occ[]; waiting: Occ[] };
  return [...j.occurrences, ...j.waiting];
};

it('carries status over to unchanged deadlines, cancels removed ones, adds new ones', async () => {
  const r = register();
  const v1 = copyText(r.dir, SEED, 'v1.txt');
  utimesSync(v1, new Date('2023-11-20T08:00:00Z'), new Date('2023-11-20T08:00:00Z'));
  expect((await r.cchc('add', v1)).stdout).toMatch(/^thêm mới/);
  const before = await all(r);
  const weekly = before.find((o) => o.day === '2023-11-24' && /hàng tuần/.test(o.text))!;
  const dated = before.find((o) => o.day === '2023-11-30')!;
  const changed = before.find((o) => o.day === '2023-11-20')!;
  const removed = before.find((o) => o.task.text.startsWith(REMOVED.slice(2)))!;
  for (const o of [weekly, dated, changed, removed]) expect((await r.cchc('done', o.id, '--on', '2023-11-24')).code).toBe(0);

  const v2 = copyText(r.dir, SEED, 'v2.txt', secondVersion);
  // Both drafts are undated: the one saved later is the new version.
  utimesSync(v2, new Date('2023-11-24T08:00:00Z'), new Date('2023-11-24T08:00:00Z'));
  const add = await r.cchc('add', v2);
  expect(add.code).toBe(0);
  expect(add.stdout).toMatch(/^cập nhật {2}\w{8} .*: thay bản .*, 2 thời hạn bị hủy {2}\(.*v2\.txt\)\n/);

  const after = await all(r);
  const byId = new Map(after.map((o) => [o.id, o]));
  // Unchanged deadlines keep their ids and their status.
  expect(byId.get(weekly.id)?.state).toBe('done');
  expect(byId.get(dated.id)?.state).toBe('done');
  // The changed date and the removed task are gone from the current version …
  expect(byId.has(changed.id)).toBe(false);
  expect(byId.has(removed.id)).toBe(false);
  // … the changed one is back under its new words, open and new; the added task too.
  const moved = after.find((o) => o.day === '2023-11-22')!;
  expect(moved.state).toBe('overdue');
  const fresh = after.find((o) => o.task.text.startsWith('Tổng hợp kết quả rà soát'))!;
  expect(fresh.day).toBe('2023-12-14');
  expect(fresh.state).toBe('open');
  expect(after).toHaveLength(before.length);

  // show lists the history and what was cancelled.
  const docId = /^cập nhật {2}(\w{8})/.exec(add.stdout)![1];
  const show = JSON.parse((await r.cchc('show', docId, '--format', 'json')).stdout) as { versions: Array<{ current: boolean; paths: string[] }>; cancelled: Array<{ text: string; task: string }> };
  expect(show.versions).toHaveLength(2);
  expect(show.versions.find((v) => v.current)!.paths[0]).toMatch(/v2\.txt$/);
  expect(show.cancelled.map((c) => c.text).sort()).toEqual([changed.text, removed.text].sort());

  // Adding the old version again changes nothing: it is already in the history.
  expect((await r.cchc('add', v1)).stdout).toMatch(/^không đổi/);
  expect((await all(r)).map((o) => o.id).sort()).toEqual(after.map((o) => o.id).sort());
});
