// Demo controls: switch every widget's language and theme, as a partner's page could.
const form = document.getElementById('controls');
form.addEventListener('change', () => {
  const options = new FormData(form);
  for (const widget of document.querySelectorAll('.demo-widget')) {
    widget.setAttribute('lang', options.get('lang'));
    widget.setAttribute('theme', options.get('theme'));
  }
  document.documentElement.lang = options.get('lang');
});
