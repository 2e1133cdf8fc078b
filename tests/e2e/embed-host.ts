// A page of another site that embeds the atlas: a tiny HTTP server on a second localhost port
// (so a different origin from the atlas), and the steps an embedder's page takes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Locator, Page } from '@playwright/test';

export interface WidgetOptions {
  readonly query: string;
  readonly width?: number | string;
  readonly height?: number;
}

interface ReceivedMessage {
  readonly frame: number;
  readonly origin: string;
  readonly data: { readonly type?: string; readonly [key: string]: unknown };
}

/** Records every message the page receives, with the index of the frame that sent it. */
const RECORDER = `<script>
  window.received = [];
  addEventListener('message', (event) => {
    const frames = [...document.querySelectorAll('iframe')];
    window.received.push({
      frame: frames.findIndex((frame) => frame.contentWindow === event.source),
      origin: event.origin,
      data: event.data,
    });
  });
</script>`;

export class EmbedHost {
  private html = '';
  private server: Server | null = null;

  constructor(
    readonly page: Page,
    /** The atlas's own address, e.g. http://127.0.0.1:4173/. */
    readonly atlasUrl: string,
  ) {}

  get atlasOrigin(): string {
    return new URL(this.atlasUrl).origin;
  }

  /** This page's origin: the same host as the atlas, another port. */
  origin = '';

  /** The same server reached by another name: a third origin. */
  get otherOrigin(): string {
    return this.origin.replace('127.0.0.1', 'localhost');
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://host').pathname;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      if (path === '/intruder') {
        // A frame of another origin that tries to drive its sibling, the atlas.
        response.end(`<!doctype html><html lang="en"><title>Intruder</title><script>
          parent.frames[0].postMessage({ v: 1, type: 'atlas:select', eventId: '2016-09-09-last-group-leaves-liberty' }, '*');
          document.title = 'sent';
        </script></html>`);
        return;
      }
      response.end(this.html);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  widgetUrl(query: string): string {
    return new URL(`./?embed=1&${query}`, this.atlasUrl).href;
  }

  /** Serves an article holding the given widgets (and embed.js if asked), and opens it. */
  async openArticle(
    widgets: readonly WidgetOptions[],
    options: { sizer?: boolean; extraHtml?: string } = {},
  ): Promise<void> {
    const frames = widgets
      .map(
        (widget, index) =>
          `<iframe title="Atlas widget ${index + 1}" src="${this.widgetUrl(widget.query)}" width="${widget.width ?? 700}" height="${widget.height ?? 500}" style="border:1px solid #999;display:block"></iframe>`,
      )
      .join('\n<p>Some words of the article between the widgets.</p>\n');
    await this.openHtml(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>${RECORDER}</head>
      <body style="margin:0;padding:8px"><main><h1>An article</h1>${frames}${options.extraHtml ?? ''}
      <p style="block-size:3000px">The article goes on.</p></main>
      ${options.sizer ? `<script src="${new URL('./embed.js', this.atlasUrl).href}"></script>` : ''}
      </body></html>`,
    );
  }

  /** Serves any page (for a pasted embed code, say) with the message recorder, and opens it. */
  async openHtml(html: string): Promise<void> {
    this.html = html.includes('window.received')
      ? html
      : html.replace(/<head>|<body>/, (tag) => `${tag}${RECORDER}`);
    await this.page.goto(`${this.origin}/`);
  }

  frame(index = 0): FrameLocator {
    return this.page.frameLocator('iframe').nth(index);
  }

  iframe(index = 0): Locator {
    return this.page.locator('iframe').nth(index);
  }

  /** Waits until the widget shows its timeline and the details of the chosen event. */
  async waitForWidget(index = 0): Promise<void> {
    await this.frame(index).getByTestId('embed').waitFor();
    await this.frame(index).locator('.vis-item').first().waitFor();
  }

  async received(): Promise<ReceivedMessage[]> {
    return this.page.evaluate(
      () => (window as unknown as { received: ReceivedMessage[] }).received,
    );
  }

  async messagesOfType(type: string, frame = 0): Promise<ReceivedMessage['data'][]> {
    return (await this.received())
      .filter((message) => message.frame === frame && message.data?.type === type)
      .map((message) => message.data);
  }

  /** Posts a message to a widget from the page, as the embedder's own script would. */
  async send(message: unknown, frame = 0, targetOrigin = this.atlasOrigin): Promise<void> {
    await this.page.evaluate(
      ({ message, frame, targetOrigin }) =>
        document
          .querySelectorAll('iframe')
          [frame]?.contentWindow?.postMessage(message, targetOrigin),
      { message, frame, targetOrigin },
    );
  }

  /** Posts many messages in one go from the page (a flood). */
  async flood(messages: readonly unknown[], frame = 0): Promise<void> {
    await this.page.evaluate(
      ({ messages, frame, targetOrigin }) => {
        const target = document.querySelectorAll('iframe')[frame]?.contentWindow;
        for (const message of messages) target?.postMessage(message, targetOrigin);
      },
      { messages, frame, targetOrigin: this.atlasOrigin },
    );
  }

  selectedEventId(index = 0): Promise<string | null> {
    return this.frame(index).getByTestId('event-details').getAttribute('data-event-id');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `tests/e2e/artifacts/${name}.png` });
  }
}
