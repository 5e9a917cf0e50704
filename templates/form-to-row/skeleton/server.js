// A data capture form: each submission becomes one row. Locally rows go to
// rows.csv; in production appendRow() writes to ${{ values.integrationTarget }}
// through the approved connector.
const fs = require('node:fs');
const http = require('node:http');

const port = Number(process.env.PORT ?? 8080);
const FIELDS = ['name', 'email', 'request'];

function appendRow(row) {
  const line = FIELDS.map(f => JSON.stringify(row[f] ?? '')).join(',');
  fs.appendFileSync('rows.csv', `${line}\n`);
}

const form = `<!doctype html><title>${{ values.name }}</title><h1>${{ values.name }}</h1>
<form method="post">${FIELDS.map(f => `<label>${f} <input name="${f}" required></label><br>`).join('')}
<button>Send</button></form>`;

http
  .createServer((req, res) => {
    if (req.method === 'POST') {
      let body = '';
      req.on('data', chunk => (body += chunk));
      req.on('end', () => {
        appendRow(Object.fromEntries(new URLSearchParams(body)));
        res.writeHead(303, { Location: '/?sent=1' });
        res.end();
      });
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(form);
  })
  .listen(port, () => console.log(`Listening on http://localhost:${port}`));
