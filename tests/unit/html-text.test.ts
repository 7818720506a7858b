/**
 * The HTML reader of the TimelineJS import and the escaping of its export, at their edges: every block
 * and hidden element, names that only begin or end like one, each reference form at its length limits
 * and each code point limit, comments, stray `<` and closing tags.
 */
import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, htmlToText } from '../../src/data/html-text';

const BLOCKS = [
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
];
const HIDDEN = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'title',
  'textarea',
];

describe('htmlToText at its edges', () => {
  it.each(BLOCKS)('<%s> starts and ends a line', (name) => {
    expect(htmlToText(`a<${name}>b</${name}>c`)).toBe('a\nb\nc');
    expect(htmlToText(`a<${name.toUpperCase()} class="x">b</${name.toUpperCase()}>c`)).toBe('a\nb\nc');
  });

  it('breaks the line at <br> and <hr>, however written', () => {
    expect(htmlToText('a<br>b<BR/>c<br />d<hr>e')).toBe('a\nb\nc\nd\ne');
  });

  it('keeps on one line the elements whose names only begin or end like a block', () => {
    expect(htmlToText('a<picture>b</picture>c<sup>d</sup>e<span>f</span>g<b>h</b>i')).toBe('abcdefghi');
    expect(htmlToText('a<x-div>b</x-div>c<divx>d</divx>e')).toBe('abcde');
  });

  it.each(HIDDEN)('<%s> hides its content, up to its own closing tag', (name) => {
    expect(htmlToText(`a<${name}>hidden <p>also</p></${name}>b`)).toBe('ab');
    expect(htmlToText(`a<${name}>hidden</${name}x>still</${name}\n>b`)).toBe('ab');
    expect(htmlToText(`a<${name}>hidden to the end`)).toBe('a');
  });

  it('shows the content of elements whose names only begin or end like a hidden one', () => {
    expect(htmlToText('<my-svg>a</my-svg><scripts>b</scripts><svgx>c</svgx>')).toBe('abc');
  });

  it('reads past a stray closing tag of a hidden element', () => {
    expect(htmlToText('a</script>b</style>c')).toBe('abc');
  });

  it('drops comments, closed or not, and declarations', () => {
    expect(htmlToText('a<!-- <p>x</p> -->b<!---->c')).toBe('abc');
    expect(htmlToText('a<!-- b')).toBe('a');
    expect(htmlToText('<!DOCTYPE html><?xml version="1.0"?>a')).toBe('a');
  });

  it('reads a < that opens no tag as text', () => {
    expect(htmlToText('a < b <3 <')).toBe('a < b <3 <');
  });

  it('skips quoted > in either quote, and a quote of the other kind inside one', () => {
    expect(htmlToText(`<a title='a > b'>x</a><a title="it's > so">y</a><a title='say "hi" >'>z</a>`)).toBe(
      'xyz',
    );
  });

  it('collapses every kind of white space, trims lines and drops empty ones', () => {
    expect(htmlToText('a \t\r\n\f b')).toBe('a b');
    expect(htmlToText('<p>  a  </p><p> </p><p>\n</p><p>b</p>')).toBe('a\nb');
  });
});

describe('decodeEntities at its edges', () => {
  it('decodes every named reference it knows, and leaves the others', () => {
    expect(
      decodeEntities(
        '&amp;&lt;&gt;&quot;&apos;&nbsp;&ndash;&mdash;&hellip;&lsquo;&rsquo;&ldquo;&rdquo;&laquo;&raquo;&copy;',
      ),
    ).toBe(`&<>"' –—…‘’“”«»©`);
    expect(decodeEntities('&unknown; &toString; &constructor; &AMP')).toBe(
      '&unknown; &toString; &constructor; &AMP',
    );
  });

  it('reads decimal references of up to 8 digits and hexadecimal ones of up to 7, either x', () => {
    expect(decodeEntities('&#65;&#00000065;&#000000065;')).toBe('AA&#000000065;');
    expect(decodeEntities('&#x41;&#X41;&#x0000041;&#x00000041;&#xg;')).toBe('AAA&#x00000041;&#xg;');
  });

  it('turns numbers that name no character into U+FFFD, at each limit', () => {
    expect(decodeEntities('&#0;&#1;')).toBe('\uFFFD\u0001');
    expect(decodeEntities('&#xD7FF;&#xD800;&#xDFFF;&#xE000;')).toBe('\uD7FF\uFFFD\uFFFD\uE000');
    expect(decodeEntities('&#x10FFFF;&#x110000;')).toBe('\u{10FFFF}\uFFFD');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters markup reads, and nothing else', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
    expect(escapeHtml('قال «لا»')).toBe('قال «لا»');
  });
});
