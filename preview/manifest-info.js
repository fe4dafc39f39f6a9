// What an LMS reads from a package's imsmanifest.xml: the launch file, the 1.2 mastery score and
// the 2004 objectives with their minNormalizedMeasure (Moodle derives the passing score from them).
export async function readManifest(base) {
  const xml = await (await fetch(`${base}imsmanifest.xml`)).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const orgs = doc.getElementsByTagName('organizations')[0];
  const org = [...doc.getElementsByTagName('organization')].find((o) => o.getAttribute('identifier') === orgs.getAttribute('default'));
  const item = org.getElementsByTagName('item')[0];
  const resource = [...doc.getElementsByTagName('resource')].find((r) => r.getAttribute('identifier') === item.getAttribute('identifierref'));
  const mastery = item.getElementsByTagName('adlcp:masteryscore')[0]?.textContent;
  const objectives = [...item.getElementsByTagName('imsss:primaryObjective'), ...item.getElementsByTagName('imsss:objective')].map((o) => {
    const measure = o.getElementsByTagName('imsss:minNormalizedMeasure')[0]?.textContent;
    return { id: o.getAttribute('objectiveID'), minNormalizedMeasure: measure === undefined ? undefined : Number(measure) };
  });
  return { launch: base + resource.getAttribute('href'), masteryScore: mastery === undefined ? undefined : Number(mastery), objectives };
}
