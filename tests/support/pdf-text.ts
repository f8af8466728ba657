import { inflateSync } from 'node:zlib';

/**
 * The text of each page of a PDF as Chromium (Skia) writes it: uncompressed object syntax, Flate
 * content streams, Type0 fonts with a ToUnicode map, text shown with hex strings. Just enough to
 * read back what a page says; it throws on anything else rather than guess.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const catalog = [...objects.values()].find((object) => /\/Type\s*\/Catalog\b/.test(object.dict));
  if (!catalog) throw new Error('PDF without a catalog');
  const pages = pageObjects(objects, ref(catalog.dict, 'Pages'));
  return pages.map((page) => {
    const fonts = fontMaps(objects, page.dict);
    const contents = refs(page.dict, 'Contents').map((id) => streamText(object(objects, id)));
    // NFKC: Chromium sets "fl", "ffi" and the like as ligature glyphs.
    return showText(contents.join('\n'), fonts).normalize('NFKC');
  });
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    let start = match.index + match[0].indexOf('stream') + 'stream'.length;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    objects.set(Number(match[1]), { dict, stream: pdf.subarray(start, start + length) });
  }
  return objects;
}

function pageObjects(objects: Map<number, PdfObject>, id: number): PdfObject[] {
  const node = object(objects, id);
  if (/\/Type\s*\/Pages\b/.test(node.dict)) return refs(node.dict, 'Kids').flatMap((kid) => pageObjects(objects, kid));
  return [node];
}

/** Font resource name → glyph code (hex) → text, from each font's ToUnicode map. */
function fontMaps(objects: Map<number, PdfObject>, pageDict: string): Map<string, Map<string, string>> {
  const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(pageDict)?.[1] ?? '';
  const maps = new Map<string, Map<string, string>>();
  for (const [, name, id] of fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(object(objects, Number(id)).dict)?.[1];
    maps.set(name!, toUnicode ? unicodeMap(streamText(object(objects, Number(toUnicode)))) : new Map());
  }
  return maps;
}

function unicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(code!.toUpperCase(), utf16(text!));
  }
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, text] of block!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const width = from!.length;
      for (let code = parseInt(from!, 16), offset = 0; code <= parseInt(to!, 16); code++, offset++) {
        const unit = (parseInt(text!, 16) + offset).toString(16).padStart(text!.length, '0');
        map.set(code.toString(16).toUpperCase().padStart(width, '0'), utf16(unit));
      }
    }
  }
  return map;
}

/** Every string a content stream shows (Tj, TJ), decoded through the current font's map. */
function showText(content: string, fonts: Map<string, Map<string, string>>): string {
  let font = new Map<string, string>();
  const shown: string[] = [];
  for (const [, fontName, hexString, array] of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ/g)) {
    if (fontName) font = fonts.get(fontName) ?? new Map();
    else if (hexString !== undefined) shown.push(decode(hexString, font));
    else if (array !== undefined) shown.push([...array.matchAll(/<([0-9A-Fa-f]*)>/g)].map(([, hex]) => decode(hex!, font)).join(''));
  }
  return shown.join(' ');
}

function decode(hex: string, font: Map<string, string>): string {
  return (hex.toUpperCase().match(/.{4}/g) ?? []).map((code) => font.get(code) ?? '\uFFFD').join('');
}

function streamText(entry: PdfObject): string {
  if (!entry.stream) throw new Error('expected a stream object');
  const bytes = /\/FlateDecode/.test(entry.dict) ? inflateSync(entry.stream) : entry.stream;
  return bytes.toString('latin1');
}

function object(objects: Map<number, PdfObject>, id: number): PdfObject {
  const found = objects.get(id);
  if (!found) throw new Error(`PDF object ${id} not found`);
  return found;
}

function ref(dict: string, key: string): number {
  const id = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1];
  if (!id) throw new Error(`PDF dictionary without /${key}`);
  return Number(id);
}

function refs(dict: string, key: string): number[] {
  const value = new RegExp(`/${key}\\s*(\\[[^\\]]*\\]|\\d+ 0 R)`).exec(dict)?.[1] ?? '';
  return [...value.matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]));
}
