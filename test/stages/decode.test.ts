import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chooseCharset } from '../../src/stages/decode/choose-charset.ts';
import { decodeStage } from '../../src/stages/decode/decode-stage.ts';
import { StageFailure } from '../../src/model/stage.ts';
import { runSourceStage, sourceFromBytes } from '../helpers/run-stage.ts';

// Written for these tests in the style of a school union plan; not taken from the samples.
const PLAN =
  '东湖实验小学工会2021年工作计划\n一、指导思想\n本学年，校工会在学校党支部的领导下，认真落实教代会制度，关心教职工生活，做好困难教职工帮扶工作。';
const TRADITIONAL =
  '東湖實驗小學工會2021年工作計劃\n一、指導思想\n本學年，校工會在學校黨支部的領導下，認真落實教代會制度，關心教職工生活。';

function decode(bytes: Uint8Array, format: 'html' | 'text' = 'text', header: string | null = null) {
  const { output, notes } = runSourceStage(decodeStage, sourceFromBytes(bytes, format, header));
  return { page: output.pages[0]!, notes };
}

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from(PLAN, 'utf8'), 'utf-8'],
    ['GBK', iconv.encode(PLAN, 'gbk'), 'gb18030'],
    ['GB18030', iconv.encode(PLAN, 'gb18030'), 'gb18030'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(PLAN, 'utf-16le')]), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(PLAN, 'utf-16be')]), 'utf-16be'],
    ['UTF-16LE without BOM', iconv.encode(PLAN, 'utf-16le'), 'utf-16le'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN)]), 'utf-8'],
  ])('decodes simplified text in %s', (_name, bytes, charset) => {
    const { page } = decode(bytes);
    expect(page.charset).toBe(charset);
    expect(page.text).toBe(PLAN);
  });

  it('decodes traditional text in Big5', () => {
    const { page } = decode(iconv.encode(TRADITIONAL, 'big5'));
    expect(page.charset).toBe('big5hkscs');
    expect(page.text).toBe(TRADITIONAL);
  });

  it('follows a truthful <meta charset> and says so', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${PLAN}</p></body></html>`;
    const { page, notes } = decode(iconv.encode(html, 'gbk'), 'html');
    expect(page.charset).toBe('gb18030');
    expect(page.text).toContain('困难教职工帮扶');
    expect(notes.map((n) => n.rule)).toContain('charset.meta');
  });

  it('overrides a <meta charset> that lies, with a warning note', () => {
    const html = `<html><head><meta charset="utf-8"></head><body><p>${PLAN}</p></body></html>`;
    const { page, notes } = decode(iconv.encode(html, 'gbk'), 'html');
    expect(page.text).toContain('认真落实教代会制度');
    const warn = notes.find((n) => n.rule === 'charset.declaration-overridden');
    expect(warn?.level).toBe('warn');
    expect(warn?.reason).toContain('utf-8');
  });

  it('prefers valid UTF-8 over a gb2312 declaration', () => {
    const html = `<meta charset="gb2312"><p>${PLAN}</p>`;
    const { page, notes } = decode(Buffer.from(html, 'utf8'), 'html');
    expect(page.charset).toBe('utf-8');
    expect(page.text).toContain(PLAN.split('\n')[2]);
    expect(notes.some((n) => n.rule === 'charset.declaration-overridden')).toBe(true);
  });

  it('tells a Big5 page labelled gb2312 from a GBK one', () => {
    const html = `<meta charset="gb2312"><p>${TRADITIONAL}</p>`;
    const { page } = decode(iconv.encode(html, 'big5'), 'html');
    expect(page.charset).toBe('big5hkscs');
    expect(page.text).toContain('關心教職工生活');
  });

  it('follows the HTTP header charset when it decodes cleanly', () => {
    const { page, notes } = decode(iconv.encode(PLAN, 'gbk'), 'text', 'text/plain; charset=GBK');
    expect(page.text).toBe(PLAN);
    expect(notes.map((n) => n.rule)).toContain('charset.header');
  });

  it('keeps the text when a multibyte character is cut off at the end', () => {
    const utf8 = Buffer.from(PLAN, 'utf8');
    expect(decode(utf8.subarray(0, utf8.length - 1)).page.text).toContain('做好困难教职工帮扶工作');
    const gbk = iconv.encode(PLAN, 'gbk');
    expect(decode(gbk.subarray(0, gbk.length - 1)).page.text).toContain('做好困难教职工帮扶工作');
  });

  it('rejects empty and binary pages with a clear message', () => {
    expect(() => decode(new Uint8Array())).toThrow(StageFailure);
    expect(() => decode(new Uint8Array())).toThrow(/empty/);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x01)]);
    expect(() => decode(pdf)).toThrow(/PDF/);
    const random = Buffer.alloc(4000);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919) % 256;
    expect(() => decode(random)).toThrow(/binary/);
  });

  it('rejects random bytes with few control bytes, yet keeps text with stray NULs', () => {
    // Random or compressed data holds about one control byte in ten; here fewer, as a page may: no charset reads it.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16;
    const noise = Buffer.alloc(4000);
    for (let i = 0; i < noise.length; i++) {
      const b = next() % 256;
      noise[i] = b < 0x20 && b !== 0x0a && i % 3 !== 0 ? 0x80 + b : b;
    }
    expect(() => decode(noise)).toThrow(/binary data, not text .*no charset reads it as text/);
    // The plan in GBK with a NUL after every 20 characters (about one byte in twenty): text.
    const parts: Buffer[] = [];
    const text = PLAN.repeat(4);
    for (let i = 0; i < text.length; i += 20) parts.push(iconv.encode(text.slice(i, i + 20), 'gbk'), Buffer.from([0]));
    expect(decode(Buffer.concat(parts)).page.text).toContain('做好困难教职工帮扶工作');
  });

  it('treats pure ASCII as UTF-8 and English text passes through', () => {
    const { page } = decode(Buffer.from('Annual plan of the staff union. Nothing Chinese here.'));
    expect(page.charset).toBe('utf-8');
    expect(page.text).toMatch(/^Annual plan/);
  });

  it('chooses by evidence in order: BOM beats a declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<meta charset="big5">${PLAN}`)]);
    expect(chooseCharset(bytes, null, 'html')).toMatchObject({ charset: 'utf-8', evidence: 'bom' });
  });

  it('decodes Big5-HKSCS characters (Hong Kong place names) from a page labelled big5', () => {
    const hk = '工會聯誼活動在深水埗舉行，住在鰂魚涌和石硤尾邨的退休老師都來了。';
    const { page, notes } = decode(iconv.encode(`<p>${hk}</p>`, 'big5'), 'html', 'big5');
    expect(page.charset).toBe('big5hkscs');
    expect(page.text).toContain(hk);
    expect(notes.map((n) => n.rule)).toContain('charset.header');
  });

  it.each([
    ['utf-8', 'gbk', PLAN, 'gb18030'],
    ['big5', 'gbk', PLAN, 'gb18030'],
    ['gbk', 'big5', TRADITIONAL, 'big5hkscs'],
    ['iso-8859-1', 'gbk', PLAN, 'gb18030'],
  ])(
    'overrides a wrong header charset=%s on %s bytes, with a warning note naming the header',
    (header, encoding, text, charset) => {
      const { page, notes } = decode(iconv.encode(`<p>${text}</p>`, encoding), 'html', header);
      expect(page.charset).toBe(charset);
      expect(page.text).toContain(text.split('\n')[2]);
      const warn = notes.find((n) => n.rule === 'charset.declaration-overridden');
      expect(warn?.level).toBe('warn');
      expect(warn?.reason).toContain('in its header');
    },
  );

  it('a Content-Type without a charset leaves the decision to <meta>', () => {
    const html = `<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>${TRADITIONAL}</p>`;
    const { page, notes } = decode(iconv.encode(html, 'big5'), 'html', null);
    expect(page.charset).toBe('big5hkscs');
    expect(notes.map((n) => n.rule)).toContain('charset.meta');
  });

  it('detects GBK with no declaration at all behind a long ASCII <head>', () => {
    const head = `<head><script>${'var x = 1;\n'.repeat(3000)}</script></head>`;
    const { page } = decode(iconv.encode(`<html>${head}<body><p>${PLAN}</p></body></html>`, 'gbk'), 'html');
    expect(page.charset).toBe('gb18030');
    expect(page.text).toContain('做好困难教职工帮扶工作');
  });
});
