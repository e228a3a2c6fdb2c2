import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../scripts/ingest/normalize/redact.ts';
import { fixtures, ingest, readPage } from './helpers.ts';

describe('redaction', () => {
  it('removes phone, ID, bank card and e-mail from the question and related questions, and counts them', async () => {
    const result = await ingest(join(fixtures, 'redaction'));
    const file = result.report.files[0]!;
    expect(file.redactions).toEqual({ mobile: 3, idNumber: 1, bankCard: 1, email: 2 });
    const { text, faq } = await readPage(result.outDir, file.id);
    for (const secret of ['13812345678', '139 8765 4321', '110101199003071234', '6222021234567890123', 'xiaowang@example.com', 'help@qq.com', '15900001111']) {
      expect(text).not.toContain(secret);
    }
    expect(faq.question).toContain('手机号【已隐去】');
    expect(result.summary.redactions).toBe(7);
  });

  it('hides a bank card number written in groups, short last group included', () => {
    for (const card of ['6222 0212 3456 7890 123', '6222-0212-3456-7890', '6222021234567890']) {
      const counts = {};
      expect(redact(`卡号${card}。`, counts)).toBe('卡号【已隐去】。');
      expect(counts).toEqual({ bankCard: 1 });
    }
  });

  it('leaves dates, amounts and article numbers alone', () => {
    const counts = {};
    const text = '2021-03-01 欠款5000元,第1165条,罚金10000元,订单号12345678';
    expect(redact(text, counts)).toBe(text);
    expect(counts).toEqual({});
  });
});
