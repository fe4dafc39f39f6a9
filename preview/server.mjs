// The preview LMS server: serves the host page, scorm-again from node_modules, and each built
// package straight out of its zip in dist/ (so what is previewed and tested is what ships).
//   node preview/server.mjs [--port 8080] [--no-open]
import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.zip': 'application/zip',
};
const STRICT_CSP = "default-src 'self'";
const PREVIEW_FILES = ['/host.js', '/cmi-rows.js', '/faults.js', '/lms-side.js', '/lms-store.js', '/manifest-info.js', '/preview.css', '/relay.js', '/relay.html',
  '/profiles/index.js', '/profiles/strict.js', '/profiles/moodle.js', '/profiles/chamilo.js'];

/** Packages are read from dist/ on each request, so a rebuild shows without a restart. */
function packageFile(name, path) {
  const zipPath = join(root, 'dist', `${name}.zip`);
  if (!existsSync(zipPath)) return undefined;
  const files = unzipSync(readFileSync(zipPath), { filter: (f) => f.name === path });
  return files[path];
}

export function startServer({ port = 8080, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const send = (status, body, type, headers = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
      res.end(body);
    };
    try {
      const path = decodeURIComponent(url.pathname);
      if (path === '/' || path === '/index.html') return send(200, readFileSync(join(root, 'preview/index.html')), TYPES['.html']);
      if (PREVIEW_FILES.includes(path)) return send(200, readFileSync(join(root, 'preview', path)), TYPES[extname(path)]);
      if (path === '/courses.json') {
        const names = existsSync(join(root, 'dist')) ? readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.zip')) : [];
        return send(200, JSON.stringify([...new Set(names.map((n) => n.replace(/-scorm(12|2004)\.zip$/, '')))]), TYPES['.json']);
      }
      const again = path.match(/^\/scorm-again\/([a-z0-9.]+\.js)$/);
      if (again) return send(200, readFileSync(join(root, 'node_modules/scorm-again/dist', again[1])), TYPES['.js']);
      const pkg = path.match(/^\/pkg\/([a-z0-9-]+-scorm(?:12|2004))\/(.+)$/);
      if (pkg && !pkg[2].includes('..')) {
        const file = packageFile(pkg[1], pkg[2]);
        if (!file) return send(404, 'not in the package', 'text/plain');
        const headers = url.searchParams.get('csp') ? { 'Content-Security-Policy': STRICT_CSP } : {};
        return send(200, Buffer.from(file), TYPES[extname(pkg[2])] ?? 'application/octet-stream', headers);
      }
      // The catalogue site (dist/catalogue/), as any static web server would serve it, under a strict CSP.
      const site = path.match(/^\/catalogue\/(.*)$/);
      if (site && !site[1].split('/').includes('..')) {
        const file = join(root, 'dist/catalogue', site[1] === '' || site[1].endsWith('/') ? `${site[1]}index.html` : site[1]);
        if (!existsSync(file) || !statSync(file).isFile()) return send(404, 'not in the catalogue', 'text/plain');
        return send(200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream', { 'Content-Security-Policy': STRICT_CSP });
      }
      send(404, 'not found', 'text/plain');
    } catch (error) {
      send(500, String(error), 'text/plain');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
  const port = Number(process.argv.includes('--port') ? arg('--port') : process.env.PORT ?? 8080);
  await startServer({ port });
  console.log(`Preview LMS: http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
}
