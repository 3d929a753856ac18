// "đảm bảo 120% hồ sơ được giải quyết đúng hạn": a share cannot pass 100%.
// Ratios to a plan, a budget or a past period may, and are skipped when such words
// stand next to the figure: "tăng 150% so với", "đạt 110% kế hoạch",
// "bằng 117,6% dự toán", "tiền lương x 150%".
import type { Target } from '../../model/schema.js';
import { documentTargets } from '../names.js';
import type { LintContext, Rule } from '../types.js';

const RELATIVE = /so\s+với|so\s+cùng\s+kỳ|kế\s+hoạch|dự\s+toán|tăng|giảm|gấp|vượt|bằng|(?<![\p{L}])x(?![\p{L}])|×/iu;
const NEAR = 40;

function besideFigure(ctx: LintContext, g: Target): string {
  const line = ctx.text.split('\n')[g.position.line - 1] ?? '';
  const at = g.position.column - 1;
  return line.slice(Math.max(0, at - NEAR), at + g.text.length + NEAR);
}

export const targetOver100: Rule = {
  code: 'target/over-100',
  severity: 'warning',
  description: 'a percentage target above 100',
  check: (ctx) =>
    [...ctx.doc.tasks.flatMap((t) => t.targets), ...documentTargets(ctx.doc)]
      .filter((g) => g.role === 'target' && g.unit === '%' && g.value > 100)
      .filter((g) => !RELATIVE.test(`${g.text} ${g.subject ?? ''} ${besideFigure(ctx, g)}`))
      .map((g) => ({ position: g.position, vars: { text: g.text } })),
};
