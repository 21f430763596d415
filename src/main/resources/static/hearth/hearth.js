// Hearth's few scripts: GOV.UK Frontend components, the session timeout warning, and drafts.
const script = document.getElementById('hearth-script');
import(script.dataset.govuk).then((govuk) => govuk.initAll());

const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;

function post(url, body) {
  const headers = { 'Content-Type': 'application/json' };
  if (csrfHeader) headers[csrfHeader] = csrfToken;
  return fetch(url, { method: 'PUT', headers, body: JSON.stringify(body), credentials: 'same-origin' });
}

// Session timeout: warn two minutes before, keep the session alive on request, then go to sign-in.
const timeoutSeconds = Number(document.body.dataset.sessionTimeout || 0);
if (timeoutSeconds > 0) {
  const dialog = document.getElementById('session-timeout');
  let warnTimer;
  let endTimer;
  const schedule = () => {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(() => { saveAllDrafts(); dialog.showModal(); }, Math.max(0, timeoutSeconds - 120) * 1000);
    endTimer = setTimeout(() => { saveAllDrafts(); window.location.href = '/sign-in?timeout'; }, timeoutSeconds * 1000);
  };
  document.getElementById('session-stay').addEventListener('click', () => {
    fetch('/session/keepalive', { credentials: 'same-origin' }).then(() => { dialog.close(); schedule(); });
  });
  schedule();
}

// Drafts: forms marked data-draft-key are saved on the server as the user types, and offered back.
const draftForms = Array.from(document.querySelectorAll('form[data-draft-key]'));
function fieldsOf(form) {
  const data = {};
  for (const el of form.elements) {
    if (!el.name || el.type === 'hidden' || el.type === 'password' || el.type === 'submit' || el.type === 'file') continue;
    if ((el.type === 'checkbox' || el.type === 'radio')) { if (el.checked) (data[el.name] ||= []).push(el.value); continue; }
    data[el.name] = el.value;
  }
  return data;
}
function saveDraft(form) {
  const content = fieldsOf(form);
  const text = JSON.stringify(content);
  if (text === form.dataset.lastSaved) return;
  form.dataset.lastSaved = text;
  post('/api/v1/drafts?key=' + encodeURIComponent(form.dataset.draftKey), content);
}
function saveAllDrafts() { draftForms.forEach(saveDraft); }
function restore(form, content) {
  for (const el of form.elements) {
    if (!el.name || !(el.name in content)) continue;
    const value = content[el.name];
    if (el.type === 'checkbox' || el.type === 'radio') el.checked = Array.isArray(value) && value.includes(el.value);
    else if (el.type !== 'hidden' && el.type !== 'password' && el.type !== 'file') el.value = value;
  }
}
for (const form of draftForms) {
  form.dataset.lastSaved = JSON.stringify(fieldsOf(form));
  fetch('/api/v1/drafts?key=' + encodeURIComponent(form.dataset.draftKey), { credentials: 'same-origin' })
    .then((r) => (r.status === 200 ? r.json() : null))
    .then((draft) => {
      if (!draft || JSON.stringify(draft.content) === form.dataset.lastSaved) return;
      const banner = document.getElementById('draft-banner');
      if (!banner) return;
      banner.hidden = false;
      banner.querySelector('[data-draft-saved]').textContent = new Date(draft.savedAt).toLocaleString('en-GB');
      banner.querySelector('button').addEventListener('click', () => { restore(form, draft.content); banner.hidden = true; });
    });
  form.addEventListener('input', () => { clearTimeout(form.draftTimer); form.draftTimer = setTimeout(() => saveDraft(form), 1500); });
}
