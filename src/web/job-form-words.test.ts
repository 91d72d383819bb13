// The post-job form's title error gives its example in the page language, the same example as the
// title box (a fourth walk found "Customer Support Executive (Hindi)" in the Hindi error).
import { describe, expect, it } from 'vitest';
import { translator } from '../shared/i18n/index.ts';

describe('the job title error example', () => {
  for (const lang of ['hi', 'mr'] as const) {
    it(`in ${lang}, is the title box's own example, not an English one`, () => {
      const t = translator(lang);
      const error = t('jobForm.errors.title');
      expect(error).toContain(t('jobForm.titleExample'));
      expect(error).not.toContain('Customer Support Executive (Hindi)');
    });
  }
});
