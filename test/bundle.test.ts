// The built script as partners embed it: a classic script, included twice, after the elements are
// already in the page, on a page whose <base> points elsewhere. Needs `npm run build` first
// (`npm test` does it).
import { expect, waitUntil } from '@open-wc/testing';

const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.defer = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

describe('dist/opicescr.js', () => {
  const root = document.createElement('div');
  before(async () => {
    // A CMS page's <base> must not move the default status file away from the script.
    const base = document.createElement('base');
    base.href = '/somewhere/else/entirely/';
    document.head.prepend(base);
    root.innerHTML = `
      <opicescr-map id="map" loading="eager"><a href="https://treaties.un.org/">UN Treaty Collection</a></opicescr-map>
      <opicescr-timeline id="timeline"></opicescr-timeline>
      <opicescr-contact id="contact"></opicescr-contact>
      <div id="mount" data-opicescr="contact" data-lang="fr"><p>Écrivez-nous</p></div>`;
    document.body.append(root);
    await addScript(new URL('/dist/opicescr.js', location.origin).href);
    await addScript(new URL('/dist/opicescr.js', location.origin).href);
  });

  it('registers all three elements and exposes its version', async () => {
    for (const tag of ['opicescr-map', 'opicescr-timeline', 'opicescr-contact']) expect(customElements.get(tag), tag).to.exist;
    const { version } = await (await fetch('/package.json')).json();
    expect(window.OpIcescr?.version).to.equal(version);
  });

  it('upgrades elements that were in the page before it and finds the data beside itself', async () => {
    for (const id of ['map', 'timeline', 'contact']) {
      const element = document.getElementById(id)!;
      await waitUntil(() => element.dataset.state === 'ready', `${id} is ${element.dataset.state}`, { timeout: 8000 });
    }
  });

  it('mounts <div data-opicescr> with its options, keeping its children as fallback', async () => {
    const mount = document.getElementById('mount')!;
    const element = mount.querySelector('opicescr-contact') as HTMLElement;
    expect(element).to.exist;
    expect(element.getAttribute('lang')).to.equal('fr');
    expect(element.querySelector('p')?.textContent).to.equal('Écrivez-nous');
    await waitUntil(() => element.dataset.state === 'ready', undefined, { timeout: 8000 });
    mount.dataset.lang = 'es';
    await waitUntil(() => element.getAttribute('lang') === 'es');
  });

  it('mounts a div added later, and only once', async () => {
    const late = document.createElement('div');
    late.dataset.opicescr = 'timeline';
    late.setAttribute('data-onclick', 'window.hacked = 1');
    root.append(late);
    await waitUntil(() => late.querySelector('opicescr-timeline'));
    expect(late.querySelectorAll('opicescr-timeline')).to.have.length(1);
    expect(late.querySelector('opicescr-timeline')!.hasAttribute('onclick')).to.equal(false);
  });

  it('reports a second, different version once in the console and never throws', async () => {
    const source = await (await fetch('/dist/opicescr.js')).text();
    const { version } = await (await fetch('/package.json')).json();
    expect(source).to.contain(`"${version}"`);
    const other = URL.createObjectURL(new Blob([source.replaceAll(`"${version}"`, '"9.9.9"')], { type: 'text/javascript' }));
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await addScript(other);
      await addScript(other);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((text) => text.includes('9.9.9'))).to.have.length(1);
    expect(window.OpIcescr?.version).to.equal(version);
  });

  it('left no uncaught error in the page', () => {
    expect(errors).to.deep.equal([]);
  });
});
