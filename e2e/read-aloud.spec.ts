// Read aloud: the browser's speechSynthesis is replaced by a recording stand-in before the page
// loads, so the test sees exactly which texts, in which language and with which voice, the
// course asks to be spoken, and that stop cancels. Hotel course in Polish, standalone.
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { packageData } from './helpers';

test.use({ locale: 'pl-PL' });

/** A speechSynthesis that records and never speaks; voices can be added while the page runs. */
function fakeSpeech() {
  const w = window as any;
  w.__voices = [
    { name: 'Local nl', lang: 'nl-NL', localService: true, default: true, voiceURI: 'nl' },
    { name: 'Network pl', lang: 'pl-PL', localService: false, default: false, voiceURI: 'net-pl' }, // would send text elsewhere
  ];
  w.__spoken = [];
  w.__cancels = 0;
  let queue: any[] = [];
  class Utterance extends EventTarget {
    lang = '';
    voice: any = null;
    constructor(public text: string) {
      super();
    }
  }
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => w.__voices,
    speak(u: any) {
      w.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
      queue.push(u);
    },
    cancel() {
      w.__cancels++;
      const stopped = queue;
      queue = [];
      for (const u of stopped) u.dispatchEvent(new Event('error'));
    },
    pause() {},
    resume() {},
  });
  w.__finishSpeaking = () => {
    const done = queue;
    queue = [];
    for (const u of done) u.dispatchEvent(new Event('end'));
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

const spoken = (page: Page) => page.evaluate(() => (window as any).__spoken as { text: string; lang: string; voice: string }[]);

test('reads the prompt, the options and then the feedback in Polish, with a local voice only, and stops', async ({ page }) => {
  const { structure, text } = packageData('hotel', 'scorm2004');
  const pl = text.pl;
  await page.addInitScript(fakeSpeech);
  await page.goto('/pkg/hotel-scorm2004/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.getByRole('button', { name: pl.ui.start, exact: true }).click();

  // Only a network voice speaks Polish: no button, nothing could leave the device.
  const readPage = page.getByRole('button', { name: pl.ui.readAloud.page, exact: true });
  await expect(page.locator('page-view h1')).toBeVisible();
  await expect(readPage).toHaveCount(0);
  // A local Polish voice arrives later, as voices do: the buttons appear.
  await page.evaluate(() => {
    (window as any).__voices.push({ name: 'Local pl', lang: 'pl-PL', localService: true, default: false, voiceURI: 'pl' });
    speechSynthesis.dispatchEvent(new Event('voiceschanged'));
  });
  await expect(readPage).toBeVisible();

  // The page: its heading is read first after the lesson line, in Polish.
  const heading = (await page.locator('page-view h1').textContent())!.trim();
  await readPage.click();
  const pageRead = await spoken(page);
  expect(pageRead.slice(0, 2).map((s) => s.text)[1]).toBe(heading);
  expect(new Set(pageRead.map((s) => `${s.lang} ${s.voice}`))).toEqual(new Set(['pl-PL Local pl']));
  // While it reads, the same button stops it.
  const stop = page.getByRole('button', { name: pl.ui.readAloud.stop, exact: true });
  await expect(stop).toBeVisible();
  await stop.click();
  await expect(readPage).toBeVisible();
  expect(await page.evaluate(() => (window as any).__cancels)).toBeGreaterThan(0);

  // A scenario decision (the hotel course practises with scenarios): its prompt, then the options
  // in order; after deciding, what the learner chose and its feedback, not the hidden announcement.
  const l = structure.lessons.findIndex((x: any) => x.pages.some((p: any) => !p.departments && p.blocks.some((b: any) => b.type === 'scenario')));
  const lesson = structure.lessons[l];
  const p = lesson.pages.findIndex((pg: any) => !pg.departments && pg.blocks.some((b: any) => b.type === 'scenario'));
  while ((await page.locator('page-view').getAttribute('data-screen')) !== `${l}.${p}`) {
    await page.getByRole('button', { name: pl.ui.next, exact: true }).click();
  }
  const scenario = lesson.pages[p].blocks.find((b: any) => b.type === 'scenario');
  const st = pl.lessons[lesson.id].blocks[scenario.id];
  const step = scenario.steps[scenario.start];
  const stepText = st.steps[scenario.start];
  const block = page.locator('scenario-block', { has: page.getByRole('heading', { name: st.title, exact: true }) });
  const readScenario = block.getByRole('button', { name: pl.ui.readAloud.scenario, exact: true });
  await page.evaluate(() => ((window as any).__spoken = []));
  await readScenario.click();
  const labels = step.options.map((o: any) => stepText.options[o.id].label);
  const before = (await spoken(page)).map((s) => s.text);
  const at = before.indexOf(stepText.prompt);
  expect(at, 'the prompt is read').toBeGreaterThan(0);
  expect(before.slice(at, at + 1 + labels.length)).toEqual([stepText.prompt, ...labels]);
  await page.evaluate(() => (window as any).__finishSpeaking());
  await expect(readScenario).toBeVisible(); // done: the button offers reading again

  const right = step.options.find((o: any) => o.correct);
  await block.getByLabel(stepText.options[right.id].label, { exact: true }).check();
  await block.getByRole('button', { name: pl.ui.scenario.decide, exact: true }).click();
  await page.evaluate(() => ((window as any).__spoken = []));
  await block.getByRole('button', { name: pl.ui.readAloud.scenario, exact: true }).focus();
  await page.keyboard.press('Enter'); // keyboard works as for any button
  const after = (await spoken(page)).map((s) => s.text);
  const feedback = stepText.options[right.id].feedback;
  expect(after).toContain(feedback);
  expect(after.indexOf(stepText.prompt)).toBeLessThan(after.indexOf(feedback));
  expect(after.filter((x) => x.includes(stepText.options[right.id].label)), 'the choice is read once, not again from the hidden announcement').toHaveLength(1);
});
