// Opens the embed builder (demo/builder.html, served under the demo's strict CSP) in an iframe of
// the test page, at a given width, and offers what a person does there: choose, read the code.
import { waitUntil } from '@open-wc/testing';

export interface Builder {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  /** The code box's text once it reflects the latest choice (it updates asynchronously). */
  snippet(): string;
  /** Picks `value` in the select or date input named `name`, as a person does (a change event). */
  choose(name: string, value: string): Promise<void>;
  /** Ticks or unticks a widget or a mount radio by its value. */
  tick(name: 'widget' | 'mount', value: string, checked?: boolean): Promise<void>;
  /** Waits until the code box satisfies `test`. */
  codeWhere(test: (code: string) => boolean, message: string): Promise<string>;
  close(): void;
}

export async function openBuilder(width = 1000, id = 'builder'): Promise<Builder> {
  const frame = document.createElement('iframe');
  frame.id = id;
  frame.title = 'Embed builder';
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.style.border = '0';
  frame.src = '/demo/builder.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const box = () => doc.getElementById('snippet') as HTMLTextAreaElement;
  await waitUntil(() => box()?.value.length > 0 && !doc.querySelector('.code')!.hasAttribute('aria-busy'), 'the builder never showed its code', {
    timeout: 8000,
  });

  // The code follows a choice once the chosen language's texts are in; its section is aria-busy till then.
  const settle = () => waitUntil(() => !doc.querySelector('.code')!.hasAttribute('aria-busy'), 'the code never caught up', { timeout: 5000 });
  return {
    frame,
    doc,
    win,
    snippet: () => box().value,
    async choose(name, value) {
      const control = doc.querySelector<HTMLSelectElement | HTMLInputElement>(`[name="${name}"]`)!;
      control.value = value;
      control.dispatchEvent(new win.Event('input', { bubbles: true }));
      control.dispatchEvent(new win.Event('change', { bubbles: true }));
      await settle();
    },
    async tick(name, value, checked = true) {
      const input = doc.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
      if (input.checked !== checked) input.click();
      await settle();
    },
    async codeWhere(test, message) {
      await waitUntil(() => test(box().value), message, { timeout: 5000 });
      return box().value;
    },
    close: () => frame.remove(),
  };
}

/** The snippet parsed as a browser would parse it, inert. */
export function parseSnippet(code: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = code;
  return template.content;
}
