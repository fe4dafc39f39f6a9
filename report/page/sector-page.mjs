// The catalogue's sector page: organisations' results summaries in (the JSON files the results
// page saves), the sector's picture out. Like the results page: a classic script, works from
// disk, reads the files in the browser and sends nothing.
import { readSummary } from '../summary.mjs';
import { combineSummaries, renderSector } from '../sector.mjs';
import { describeError } from '../errors.mjs';

const $ = (id) => document.getElementById(id);
const lang = document.documentElement.lang === 'en' ? 'en' : 'nl';
let given = [];

async function add(fileList) {
  const files = await Promise.all([...fileList].map(async (f) => ({ name: f.name, text: await f.text() })));
  given = [...given.filter((g) => !files.some((f) => f.name === g.name)), ...files];
  $('problem').hidden = true;
  $('problem').replaceChildren();
  try {
    const summaries = given.map((f) => ({ file: f.name, data: readSummary(f.text, f.name) }));
    const html = renderSector(combineSummaries(summaries), lang);
    const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
    $('sector').replaceChildren(...[...doc.body.firstElementChild.childNodes].map((n) => document.adoptNode(n)));
    $('files-list').replaceChildren(...given.map((f) => Object.assign(document.createElement('li'), { textContent: f.name })));
    document.body.dataset.state = 'done';
  } catch (error) {
    given = given.filter((g) => !files.some((f) => f.name === g.name));
    const p = document.createElement('p');
    p.textContent = describeError(error, lang);
    $('problem').append(p);
    $('problem').hidden = false;
    document.body.dataset.state = 'error';
  }
}

const input = $('files');
input.addEventListener('change', () => add(input.files).finally(() => (input.value = '')));
const zone = $('dropzone');
zone.addEventListener('dragover', (event) => event.preventDefault());
zone.addEventListener('drop', (event) => {
  event.preventDefault();
  if (event.dataTransfer?.files.length) add(event.dataTransfer.files);
});
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());
