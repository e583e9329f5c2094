// The README's screenshots of the complaint log and the complaint charts, in English and Chinese.
// Runs only when asked (PARLEY_SCREENSHOTS=1), since it writes into docs/.
import { resolve } from 'node:path';
import { COMPLAINT_STEPS } from '../../src-shared/domain/complaints/complaint';
import { emptyDealDraft } from '../../src-shared/domain/deal-factory';
import { expect, test } from './fixtures';

const DOCS = resolve(import.meta.dirname, '../../docs');

test.describe('@screenshots README pictures', () => {
  test.skip(!process.env.PARLEY_SCREENSHOTS, 'set PARLEY_SCREENSHOTS=1 to refresh the README screenshots');

  for (const language of ['en', 'zh-CN'] as const) {
    test(`complaint log and charts (${language})`, async ({ app }) => {
      const { page } = app;
      await app.setTime('2026-03-06T09:30:00.000Z');
      const services = app.services();
      await services.settings.update({ language });
      await services.history.loadSample();
      const isZh = language === 'zh-CN';
      const deal = await services.deals.create({
        ...emptyDealDraft(),
        title: isZh ? '核心银行系统续约' : 'Core banking renewal',
        counterpartOrg: isZh ? '华信银行' : 'Huaxin Bank',
        value: 1_200_000,
      });
      const open = await services.complaints.save({
        dealId: deal.id,
        complaint: {
          id: null,
          receivedOn: '2026-03-02',
          channel: 'phone',
          category: 'billing',
          severity: 'high',
          summary: isZh ? '二月份的服务费被扣了两次' : 'Charged twice for February',
          wants: isZh ? '退还多扣的费用' : 'Refund of the second charge',
          owner: isZh ? '李娜' : 'Li Na',
          dueOn: '2026-03-04',
          notes: '',
        },
      });
      const complaintId = open.complaints[0]?.id as string;
      for (const step of COMPLAINT_STEPS.slice(0, 4)) {
        await services.complaints.tickStep({ dealId: deal.id, complaintId, step, isDone: true });
      }
      await page.reload();
      await page.goto(`${new URL(page.url()).origin}/#/deals/${deal.id}/care`);
      await expect(page.getByRole('article')).toHaveCount(1);
      await page.screenshot({ path: `${DOCS}/complaints-${isZh ? 'zh' : 'en'}.png` });

      await page.goto(`${new URL(page.url()).origin}/#/history`);
      const heading = page.getByRole('heading', { name: isZh ? '成交之后：投诉' : 'After the deal: complaints' });
      await heading.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 0));
      await page.locator('[data-chart="complaints-over-time"] svg.recharts-surface').waitFor();
      await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${DOCS}/complaint-charts-${isZh ? 'zh' : 'en'}.png` });
    });
  }
});
