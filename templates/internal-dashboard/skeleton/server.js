// A minimal dashboard: serves one page with figures read from the data source.
const http = require('node:http');

const port = Number(process.env.PORT ?? 8080);

http
  .createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>${{ values.name }}</title><h1>${{ values.name }}</h1><p>No figures yet: connect the data source.</p>');
  })
  .listen(port, () => console.log(`Listening on http://localhost:${port}`));
