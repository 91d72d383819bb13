// Deskhire progressive enhancement. Every page works without this file; it only saves taps.
// Loaded with `defer` from /static (CSP script-src 'self': no inline scripts anywhere).
(() => {
  const cleaned = 'data-cleaned';

  // GET forms drop empty fields, so a shared or bookmarked search URL stays short and readable.
  const clean = (form) => {
    if ((form.getAttribute('method') || 'get').toLowerCase() !== 'get') return;
    for (const el of form.elements) {
      if (el.name && !el.disabled && el.value === '' && el.type !== 'submit') {
        el.disabled = true;
        el.setAttribute(cleaned, '');
      }
    }
  };
  const submit = (form, submitter) => {
    const results = document.querySelector('.results');
    if (results) results.setAttribute('aria-busy', 'true');
    if (form.requestSubmit) form.requestSubmit(submitter || undefined);
    else {
      clean(form);
      form.submit();
    }
  };

  document.addEventListener('submit', (e) => clean(e.target), true);

  // Search filters apply as soon as a choice changes: no extra "Apply" tap.
  document.addEventListener('change', (e) => {
    const el = e.target;
    const form = el && el.form;
    if (!form || !form.hasAttribute('data-autosubmit')) return;
    if (el.tagName !== 'SELECT' && el.type !== 'checkbox' && el.type !== 'radio') return;
    // A locality belongs to one city: changing the city starts the locality afresh.
    if (el.name === 'city' && form.elements.locality) form.elements.locality.value = '';
    // While "More filters" is open, any choice (the city too) submits through its Apply button,
    // which carries open=1, so the panel is still open on the page that comes back (at #results).
    const panel = form.querySelector('details.more');
    submit(form, panel && panel.open ? panel.querySelector('button[name="open"]') : null);
  });

  // "More filters" starts open where there is room for it beside the results.
  if (window.matchMedia('(min-width: 800px)').matches) {
    for (const d of document.querySelectorAll('details[data-open-wide]')) d.open = true;
  }

  // A long list of checkboxes (a city's localities) gets a filter box: typing keeps the matching
  // names (in the page's script or in English, from the value) and every ticked one.
  for (const box of document.querySelectorAll('input[data-filter-list]')) {
    const list = document.getElementById(box.getAttribute('data-filter-list'));
    if (!list) continue;
    box.hidden = false;
    box.addEventListener('input', () => {
      const typed = box.value.trim().toLowerCase();
      for (const label of list.querySelectorAll('label')) {
        const input = label.querySelector('input');
        const text = `${label.textContent} ${input ? input.value.replace(/[-/]/g, ' ') : ''}`.toLowerCase();
        label.hidden = Boolean(typed) && !text.includes(typed) && !(input && input.checked);
      }
    });
  }

  // Back/forward cache: give the fields back that `clean` disabled before leaving.
  window.addEventListener('pageshow', () => {
    for (const el of document.querySelectorAll(`[${cleaned}]`)) {
      el.disabled = false;
      el.removeAttribute(cleaned);
    }
    const results = document.querySelector('.results[aria-busy]');
    if (results) results.removeAttribute('aria-busy');
  });
})();
