// A small dashboard: one page of figures from the data source. Replace
// readFigures() with a read-only query to ${{ values.integrationTarget }}.
const http = require('node:http');

const port = Number(process.env.PORT ?? 8080);

async function readFigures() {
  return [
    { label: 'Open items', value: 42 },
    { label: 'Closed this week', value: 17 },
  ];
}

const escape = s =>
  String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

http
  .createServer(async (_req, res) => {
    const rows = (await readFigures())
      .map(f => `<tr><th>${escape(f.label)}</th><td>${escape(f.value)}</td></tr>`)
      .join('');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>${{ values.name }}</title><h1>${{ values.name }}</h1><table>${rows}</table>`);
  })
  .listen(port, () => console.log(`Listening on http://localhost:${port}`));
