// Small enhancements; every page works without them.
'use strict';

/** Order and scheda pages: their state is pushed by the platform (Server-Sent Events, resumed after a drop). */
function liveStatus() {
  const source = document.querySelector('[data-live-source]');
  if (!source || !window.EventSource) return;
  const stream = new EventSource(source.getAttribute('data-live-source'));
  stream.addEventListener('state', (event) => {
    const state = JSON.parse(event.data);
    for (const element of document.querySelectorAll('[data-live]')) {
      const value = state[element.getAttribute('data-live')];
      if (value === undefined) continue;
      if (element.tagName === 'INPUT') element.value = value ?? '';
      else element.textContent = value ?? '';
      if (element.getAttribute('data-live') === 'banner')
        element.classList.toggle('d-none', !value);
    }
    const changedScheda = (state.schede || []).some((scheda) => {
      const cell = document.querySelector(`[data-live-scheda="${scheda.id}"]`);
      if (!cell || cell.textContent === scheda.statusLabel) return false;
      cell.textContent = scheda.statusLabel;
      return true;
    });
    // The actions offered depend on the state: the person is told to reload when it has moved on.
    const shown = source.getAttribute('data-live-state');
    if ((shown && shown !== state.status) || changedScheda)
      document.querySelector('[data-live-refresh]')?.classList.remove('d-none');
    source.setAttribute('data-live-state', state.status);
  });
}

/** The header's unread count follows the inbox as notifications arrive; a new one is announced to screen readers. */
function liveInbox() {
  const link = document.querySelector('[data-inbox-source]');
  if (!link || !window.EventSource) return;
  const count = link.querySelector('[data-inbox-count]');
  const announce = document.querySelector('[data-inbox-announce]');
  const stream = new EventSource(link.getAttribute('data-inbox-source'));
  let shown = Number(count.textContent || 0);
  stream.addEventListener('inbox', (event) => {
    const inbox = JSON.parse(event.data);
    count.textContent = String(inbox.unread);
    count.parentElement.classList.toggle('d-none', inbox.unread === 0);
    if (inbox.unread > shown && inbox.latest && announce)
      announce.textContent = `Nuova notifica: ${inbox.latest.title}`;
    shown = inbox.unread;
  });
}

/** Passo 1: the order's total recomputed as lines change, in integer cents. */
function lineTotals() {
  const form = document.querySelector('[data-line-total]');
  if (!form) return;
  const output = form.querySelector('[data-total]');
  const cents = (text) => {
    const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(text.trim());
    return match
      ? Number(match[1].replaceAll('.', '')) * 100 + Number((match[2] || '0').padEnd(2, '0'))
      : NaN;
  };
  // As the server writes euro (@app/italian-codes euroText): always grouped, 1.234,56 €.
  const euro = new Intl.NumberFormat('it-IT', {
    style: 'currency',
    currency: 'EUR',
    useGrouping: 'always',
  });
  form.addEventListener('input', () => {
    let total = 0;
    for (const row of form.querySelectorAll('tbody tr')) {
      const [price, quantity] = [
        row.querySelector('[name=prezzo]').value,
        row.querySelector('[name=quantita]').value,
      ];
      if (!price.trim() && !quantity.trim()) continue;
      const line = cents(price) * Number(quantity);
      if (!Number.isInteger(line)) {
        output.textContent = 'righe incomplete';
        return;
      }
      total += line;
    }
    output.textContent = euro.format(total / 100);
  });
}

/** Irreversible actions ask first. */
function confirmations() {
  for (const form of document.querySelectorAll('form[data-confirm]')) {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
    });
  }
}

/** CPV, ISTAT and NUTS: suggestions from ANAC's lists as the person types. */
function codeSearch() {
  for (const input of document.querySelectorAll('[data-code-list]')) {
    const list = document.getElementById(input.getAttribute('list'));
    let timer;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        if (input.value.trim().length < 2) return;
        const url = `/api/v1/code-lists/${input.getAttribute('data-code-list')}?pageSize=20&q=${encodeURIComponent(input.value.trim())}`;
        const answer = await fetch(url, { headers: { accept: 'application/json' } });
        if (!answer.ok) return;
        list.replaceChildren(
          ...(await answer.json()).items.map((item) =>
            Object.assign(document.createElement('option'), {
              value: item.code,
              label: `${item.code} — ${item.label}`,
            }),
          ),
        );
      }, 250);
    });
  }
}

document.addEventListener('DOMContentLoaded', () => {
  liveStatus();
  liveInbox();
  lineTotals();
  confirmations();
  codeSearch();
});
