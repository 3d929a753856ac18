// "đảm bảo 120% hồ sơ được giải quyết đúng hạn": a share cannot pass 100%.
// Growth and plan ratios ("tăng 150% so với", "đạt 110% kế hoạch") may, and are skipped.
import { documentTargets } from '../names.js';
import type { Rule } from '../types.js';

const RELATIVE = /so\s+với|kế\s+hoạch|tăng|gấp|vượt/iu;

export const targetOver100: Rule = {
  code: 'target/over-100',
  severity: 'warning',
  description: 'a percentage target above 100',
  check: ({ doc }) =>
    [...doc.tasks.flatMap((t) => t.targets), ...documentTargets(doc)]
      .filter((g) => g.role === 'target' && g.unit === '%' && g.value > 100 && !RELATIVE.test(`${g.text} ${g.subject ?? ''}`))
      .map((g) => ({ position: g.position, vars: { text: g.text } })),
};
