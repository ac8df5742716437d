/**
 * The preview page: one channel, rendered from the same Block Kit the bot sends to Slack. Plain
 * HTML and browser JavaScript, served as one document; it talks to the preview server only.
 */
export const PREVIEW_PAGE = String.raw`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>#helpdesk — entra-connect-kb local preview</title>
<style>
  :root { --line: #e2e2e2; --muted: #616061; --accent: #1264a3; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.45 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1d1c1d; background: #fff; display: flex; flex-direction: column; height: 100vh; }
  #banner { background: #fff4ce; border-bottom: 1px solid #f0d77a; padding: 6px 16px; font-size: 13px; }
  header { padding: 10px 16px; border-bottom: 1px solid var(--line); display: flex; justify-content: space-between; align-items: center; }
  header h1 { font-size: 18px; margin: 0; }
  #who { color: var(--muted); font-size: 13px; }
  main { flex: 1; overflow-y: auto; padding: 8px 16px 16px; }
  .msg { padding: 6px 8px; border-radius: 6px; margin: 4px 0; }
  .msg:hover { background: #f8f8f8; }
  .msg .author { font-weight: 700; }
  .msg .time { color: var(--muted); font-size: 12px; margin-left: 6px; }
  .ephemeral { background: #f4f8fc; border-left: 3px solid var(--accent); }
  .ephemeral .only { color: var(--muted); font-size: 12px; }
  .thread { margin-left: 32px; border-left: 2px solid var(--line); padding-left: 10px; }
  .block { margin: 4px 0; }
  .section { display: flex; gap: 12px; align-items: flex-start; justify-content: space-between; }
  .context { color: var(--muted); font-size: 12.5px; }
  .header-block { font-size: 18px; font-weight: 700; }
  .actions { display: flex; flex-wrap: wrap; gap: 6px; }
  button, select { font: inherit; font-size: 13px; border: 1px solid #bbb; background: #fff; border-radius: 4px; padding: 3px 10px; cursor: pointer; }
  button.primary { background: #007a5a; color: #fff; border-color: #007a5a; }
  button.link { border: none; color: var(--accent); padding: 0; background: none; font-size: 12px; }
  code { background: #f6f6f6; border: 1px solid #e8e8e8; border-radius: 3px; padding: 0 3px; font-size: 12.5px; color: #c01343; }
  pre { background: #f6f6f6; border: 1px solid #e8e8e8; border-radius: 4px; padding: 8px; white-space: pre-wrap; font-size: 12.5px; }
  footer { border-top: 1px solid var(--line); padding: 10px 16px; }
  #replying { font-size: 12px; color: var(--muted); margin-bottom: 4px; display: none; }
  form { display: flex; gap: 8px; }
  #text { flex: 1; font: inherit; padding: 8px; border: 1px solid #bbb; border-radius: 6px; }
  #modal { position: fixed; inset: 0; background: rgba(0,0,0,.4); display: none; align-items: center; justify-content: center; }
  #modal .box { background: #fff; border-radius: 8px; padding: 16px; width: min(520px, 92vw); }
  #modal textarea { width: 100%; min-height: 90px; font: inherit; }
  #modal .error { color: #c01343; font-size: 13px; }
  #home { display: none; border-left: 1px solid var(--line); width: 360px; overflow-y: auto; padding: 12px; }
  .layout { flex: 1; display: flex; min-height: 0; }
</style>
</head>
<body>
<div id="banner" role="status"><strong>Local preview — no Slack connected.</strong> Answers come from the real app and the docs in <code>content/</code>. To connect a real workspace, see the <a href="/readme#connecting-a-real-slack-workspace">README: Connecting a real Slack workspace</a>.</div>
<header><h1># helpdesk</h1><div><span id="who"></span> <button id="homeButton" type="button">App Home</button></div></header>
<div class="layout">
  <main id="messages" aria-live="polite"></main>
  <aside id="home" aria-label="App Home"></aside>
</div>
<footer>
  <div id="replying">Replying in thread — <button class="link" id="cancelReply" type="button">cancel</button></div>
  <form id="composer"><input id="text" autocomplete="off" placeholder="Ask a question, or /ask …, /readiness …" aria-label="Message"><button class="primary" type="submit">Send</button></form>
</footer>
<div id="modal" role="dialog" aria-modal="true"><div class="box"></div></div>
<script>
(() => {
  const $ = (s) => document.querySelector(s);
  let me = JSON.parse(sessionStorage.getItem('kbUser') || 'null');
  let users = [];
  let threadTs = null;
  let state = null;
  const EMOJI = { white_check_mark: '✅', no_entry: '⛔', heavy_minus_sign: '➖', white_square: '⬜', page_facing_up: '📄', memo: '📝', warning: '⚠️' };

  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const nameOf = (id) => (users.find((u) => u.id === id) || {}).name || (id === (state && state.bot) ? 'entra-docs' : id);

  /** Slack mrkdwn → HTML. The text arrives with &, <, > escaped the way Slack expects. */
  function mrkdwn(text) {
    let s = String(text || '');
    const keep = [];
    const hold = (html) => { keep.push(html); return '\u0000' + (keep.length - 1) + '\u0000'; };
    s = s.replace(/\u0060\u0060\u0060([\s\S]*?)\u0060\u0060\u0060/g, (_, c) => hold('<pre>' + c.replace(/</g, '&lt;') + '</pre>'));
    s = s.replace(/\u0060([^\u0060\n]+)\u0060/g, (_, c) => hold('<code>' + c.replace(/</g, '&lt;') + '</code>'));
    s = s.replace(/<@([A-Z0-9_]+)>/g, (_, id) => hold('<strong>@' + esc(nameOf(id)) + '</strong>'));
    s = s.replace(/<(https?:[^|>]+)(?:\|([^>]+))?>/g, (_, url, label) => hold('<a href="' + esc(url) + '" target="_blank" rel="noopener">' + (label || esc(url)) + '</a>'));
    s = s.replace(/</g, '&lt;');
    s = s.replace(/(^|[\s(])\*([^*\n]+)\*/g, '$1<strong>$2</strong>');
    s = s.replace(/(^|[\s(])_([^_\n]+)_/g, '$1<em>$2</em>');
    s = s.replace(/:([a-z_]+):/g, (m, n) => EMOJI[n] || m);
    s = s.replace(/\n/g, '<br>');
    return s.replace(/\u0000(\d+)\u0000/g, (_, i) => keep[Number(i)]);
  }
  const textOf = (t) => !t ? '' : t.type === 'plain_text' ? esc(t.text) : mrkdwn(t.text);

  function element(el, ts) {
    if (el.type === 'button') {
      return '<button type="button" class="' + (el.style === 'primary' ? 'primary' : '') + '" data-ts="' + ts + '" data-action="' + esc(el.action_id) + '" data-value="' + esc(el.value || '') + '">' + textOf(el.text) + '</button>';
    }
    if (el.type === 'overflow') {
      return '<select data-ts="' + ts + '" data-action="' + esc(el.action_id) + '" aria-label="Set status"><option value="">Set…</option>' +
        el.options.map((o) => '<option value="' + esc(o.value) + '">' + textOf(o.text) + '</option>').join('') + '</select>';
    }
    if (el.type === 'mrkdwn' || el.type === 'plain_text') return '<span>' + textOf(el) + '</span>';
    return '';
  }

  function block(b, ts) {
    switch (b.type) {
      case 'section': return '<div class="block section" data-block="' + esc(b.block_id || '') + '"><div>' + textOf(b.text) + '</div>' + (b.accessory ? element(b.accessory, ts) : '') + '</div>';
      case 'header': return '<div class="block header-block">' + textOf(b.text) + '</div>';
      case 'context': return '<div class="block context">' + b.elements.map((e) => element(e, ts)).join(' ') + '</div>';
      case 'actions': return '<div class="block actions">' + b.elements.map((e) => element(e, ts)).join('') + '</div>';
      case 'divider': return '<hr>';
      default: return '';
    }
  }

  function message(m, replies) {
    const time = new Date(Number(m.ts.split('.')[0]) * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    const body = m.blocks && m.blocks.length ? m.blocks.map((b) => block(b, m.ts)).join('') : '<div>' + esc(m.text) + '</div>';
    const replyButton = m.threadTs ? '' : '<button class="link" type="button" data-reply="' + m.ts + '">Reply in thread</button>';
    return '<div class="msg' + (m.ephemeralFor ? ' ephemeral' : '') + '" data-ts="' + m.ts + '">' +
      '<span class="author">' + esc(nameOf(m.user)) + '</span><span class="time">' + time + '</span>' +
      (m.ephemeralFor ? ' <span class="only">Only visible to you</span>' : '') + body + replyButton +
      (replies.length ? '<div class="thread" aria-label="Thread">' + replies.map((r) => message(r, [])).join('') + '</div>' : '') + '</div>';
  }

  function render() {
    const all = state.messages;
    const top = all.filter((m) => !m.threadTs || !all.some((p) => p.ts === m.threadTs));
    const main = $('#messages');
    const atBottom = main.scrollHeight - main.scrollTop - main.clientHeight < 60;
    main.innerHTML = top.map((m) => message(m, all.filter((r) => r.threadTs === m.ts && r.ts !== m.ts))).join('');
    if (atBottom) main.scrollTop = main.scrollHeight;
    renderModal();
    if (state.home && $('#home').style.display === 'block') $('#home').innerHTML = state.home.blocks.map((b) => block(b, '')).join('');
  }

  function renderModal() {
    const modal = state.modal;
    const box = $('#modal .box');
    if (!modal) { $('#modal').style.display = 'none'; return; }
    if ($('#modal').dataset.view === modal.id && $('#modal').style.display === 'flex') return;
    $('#modal').dataset.view = modal.id;
    const v = modal.view;
    box.innerHTML = '<h2>' + textOf(v.title) + '</h2>' + v.blocks.map((b) => b.type === 'input'
      ? '<label>' + textOf(b.label) + '<br><textarea data-block="' + esc(b.block_id) + '" data-action="' + esc(b.element.action_id) + '">' + esc(b.element.initial_value || '') + '</textarea></label><div class="error" data-error="' + esc(b.block_id) + '"></div>'
      : block(b, '')).join('') +
      '<div class="actions"><button type="button" id="modalCancel">' + textOf(v.close) + '</button><button type="button" class="primary" id="modalSubmit">' + textOf(v.submit) + '</button></div>';
    $('#modal').style.display = 'flex';
    $('#modalCancel').onclick = () => { $('#modal').style.display = 'none'; };
    $('#modalSubmit').onclick = async () => {
      const values = {};
      box.querySelectorAll('textarea').forEach((t) => { (values[t.dataset.block] = values[t.dataset.block] || {})[t.dataset.action] = t.value; });
      const res = await post('/preview/view', { user: me.id, viewId: modal.id, values });
      if (res.errors) Object.entries(res.errors).forEach(([k, e]) => { const el = box.querySelector('[data-error="' + k + '"]'); if (el) el.textContent = e; });
    };
  }

  async function post(path, body) {
    const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return res.json().catch(() => ({}));
  }
  async function refresh() {
    state = await (await fetch('/preview/state?user=' + encodeURIComponent(me.id))).json();
    users = state.users;
    render();
  }

  document.addEventListener('click', (e) => {
    const t = e.target.closest('button');
    if (!t) return;
    if (t.dataset.reply) { threadTs = t.dataset.reply; $('#replying').style.display = 'block'; $('#text').focus(); return; }
    if (t.dataset.action) post('/preview/action', { user: me.id, ts: t.dataset.ts, actionId: t.dataset.action, value: t.dataset.value, blockId: (t.closest('[data-block]') || {}).dataset?.block, type: 'button' });
  });
  document.addEventListener('change', (e) => {
    const s = e.target.closest('select[data-action]');
    if (!s || !s.value) return;
    post('/preview/action', { user: me.id, ts: s.dataset.ts, actionId: s.dataset.action, selected: s.value, blockId: (s.closest('[data-block]') || {}).dataset?.block, type: 'overflow' });
  });
  $('#cancelReply').onclick = () => { threadTs = null; $('#replying').style.display = 'none'; };
  $('#homeButton').onclick = async () => {
    const home = $('#home');
    home.style.display = home.style.display === 'block' ? 'none' : 'block';
    if (home.style.display === 'block') { home.textContent = 'Loading…'; await post('/preview/home', { user: me.id }); }
  };
  $('#composer').onsubmit = async (e) => {
    e.preventDefault();
    const text = $('#text').value.trim();
    if (!text) return;
    $('#text').value = '';
    await post('/preview/say', { user: me.id, text, threadTs });
    threadTs = null; $('#replying').style.display = 'none';
  };

  (async () => {
    if (!me) { const hello = await (await fetch('/preview/hello')).json(); me = hello.user; sessionStorage.setItem('kbUser', JSON.stringify(me)); }
    $('#who').textContent = 'You are ' + me.name;
    await refresh();
    const events = new EventSource('/preview/stream');
    events.addEventListener('changed', () => refresh());
  })();
})();
</script>
</body>
</html>`;
