// A notification bot: posts a message to a chat webhook on a schedule.
// The webhook URL comes from the secrets manager through WEBHOOK_URL; without
// it the bot only prints what it would post.
const INTERVAL_MINUTES = Number(process.env.INTERVAL_MINUTES ?? 60);

async function post(text) {
  const url = process.env.WEBHOOK_URL;
  if (!url) {
    console.log(`[dry run] would post: ${text}`);
    return;
  }
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  if (!res.ok) throw new Error(`Posting failed: ${res.status}`);
}

async function tick() {
  await post('Reminder from ${{ values.name }}: ${{ values.purpose }}');
}

tick().catch(console.error);
setInterval(() => tick().catch(console.error), INTERVAL_MINUTES * 60_000);
