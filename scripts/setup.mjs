// Installs what a fresh Debian machine lacks for the tests: Chromium (Playwright cannot download
// its own browsers here) and xmllint (the manifest schema check). Does nothing when present.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [];
if (!process.env.CHROMIUM_PATH && !existsSync('/usr/bin/chromium')) needs.push('chromium');
if (!existsSync('/usr/bin/xmllint')) needs.push('libxml2-utils');
if (needs.length) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(`setup: installing ${needs.join(', ')} with apt-get`);
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${needs.join(' ')}`, { stdio: 'inherit' });
}
