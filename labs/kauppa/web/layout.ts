// Kauppa's page frame: a plain Finnish page with a top bar and one content column.

export interface Page {
  status: number;
  html: string;
}

export function page(title: string, content: string, status = 200): Page {
  return {
    status,
    html: `<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><title>${title} – Kauppa Oy</title>
<style>body{font-family:sans-serif;margin:0}header{background:#004c8c;color:#fff;padding:.6em 1em}
header a{color:#fff;margin-right:1em}main{max-width:36em;margin:1.5em auto;padding:0 1em}
.ilmoitus{border-left:4px solid #2a7;padding:.5em 1em;background:#efe}.virhe{border-left:4px solid #c33;padding:.5em 1em;background:#fee}</style>
</head>
<body>
<header><strong>Kauppa Oy</strong> · <a href="/">Etusivu</a><a href="/uutiskirje">Uutiskirje</a><a href="/asiakaspalvelu">Asiakaspalvelu</a></header>
<main>
${content}
</main>
<footer><small>Kauppa Oy · Y-tunnus 1234567-8 · Esimerkkikatu 1, 00100 Helsinki</small></footer>
</body>
</html>
`,
  };
}

/** A notice box after an action: what the customer is told happened. */
export function notice(text: string): string {
  return `<p class="ilmoitus" role="status">${text}</p>`;
}

export function problem(text: string): string {
  return `<p class="virhe" role="alert">${text}</p>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
