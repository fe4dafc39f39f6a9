// The preview LMS itself: an administrator or author reads its cmi inspector, so it must show
// nested data as fields and load without a single failed request.
import { expect, test } from './fixtures';
import { launch } from './helpers';

test('the preview loads with no failed request and shows nested cmi values as fields', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  await launch(page, { course: 'hotel', version: 'scorm2004' });
  await page.evaluate(() => {
    // Through the LMS's own API object, as a course calls it: its commits refresh the inspector.
    const api = (window as any).API_1484_11;
    api.SetValue('cmi.interactions.0.id', 'preview_check');
    api.SetValue('cmi.interactions.0.type', 'choice');
    api.SetValue('cmi.interactions.0.objectives.0.id', 'signals');
    api.SetValue('cmi.interactions.0.learner_response', 'a');
    api.SetValue('cmi.comments_from_learner.0.comment', 'inspector check');
    api.Commit('');
  });
  const inspector = page.locator('#cmi');
  await expect(inspector.locator('tr', { hasText: 'cmi.interactions.0.objectives.0.id' })).toContainText('signals');
  await expect(inspector.locator('tr', { hasText: 'cmi.comments_from_learner.0.comment' })).toContainText('inspector check');
  await expect(inspector).not.toContainText('[object Object]');
  expect(failed).toEqual([]);
});
