// Demo controls: switch every widget's language and theme, as a partner's page could. The page's
// address may choose them too (`?lang=ar&theme=dark`), so a link or a screenshot can show one.
const form = document.getElementById('controls');

function apply() {
  const options = new FormData(form);
  for (const widget of document.querySelectorAll('.demo-widget')) {
    widget.setAttribute('lang', options.get('lang'));
    widget.setAttribute('theme', options.get('theme'));
  }
  document.documentElement.lang = options.get('lang');
  document.documentElement.dir = options.get('lang') === 'ar' ? 'rtl' : 'ltr';
}

const asked = new URLSearchParams(location.search);
let changed = false;
for (const name of ['lang', 'theme']) {
  const select = form.elements.namedItem(name);
  const value = asked.get(name);
  if (value && [...select.options].some((option) => option.value === value)) {
    select.value = value;
    changed = true;
  }
}
if (changed) apply();
form.addEventListener('change', apply);
