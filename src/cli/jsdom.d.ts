/** The little of jsdom (a development dependency) that the PDF export uses to build its page. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
    serialize(): string;
  }
}
