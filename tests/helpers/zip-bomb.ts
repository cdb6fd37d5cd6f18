import { constants, crc32, createDeflateRaw } from 'node:zlib';

/**
 * A .docx "zip bomb": a real, valid Word package whose document.xml unpacks to
 * `unpackedBytes` of paragraphs (or one run) while the file stays around 1 MB or less. The
 * part is deflated chunk by chunk, so building a 400 MB bomb never holds 400 MB.
 * `lie` writes a small size into the directory, as a hostile file would.
 */
export async function buildDocxBomb(options: { unpackedBytes: number; oneRun?: boolean; lie?: boolean }): Promise<Uint8Array> {
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
  const tail = '</w:body></w:document>';
  const unit = options.oneRun
    ? 'The minister said the figures were wrong. '
    : '<w:p><w:r><w:t>The minister said the figures were wrong.</w:t></w:r></w:p>';
  const chunk = Buffer.from(unit.repeat(Math.ceil((1 << 20) / unit.length)));
  const parts: Buffer[] = [];
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  deflate.on('data', (b: Buffer) => parts.push(b));
  const ended = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await new Promise((r) => deflate.once('drain', r));
  };
  await write(Buffer.from(options.oneRun ? `${head}<w:p><w:r><w:t>` : head));
  while (size < options.unpackedBytes) await write(chunk);
  await write(Buffer.from(options.oneRun ? `</w:t></w:r></w:p>${tail}` : tail));
  deflate.end();
  await ended;
  const document = { name: 'word/document.xml', data: Buffer.concat(parts), crc, size: options.lie ? 4096 : size };
  const small = (name: string, text: string) => {
    const data = Buffer.from(text);
    return { name, data, crc: crc32(data), size: data.length, stored: true };
  };
  return writeZip([
    small(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    small(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    { ...document, stored: false },
  ]);
}

interface ZipPart {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
  stored: boolean;
}

/** The ZIP format's plain layout (local headers, data, central directory), no zip64. */
function writeZip(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const method = part.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, part.data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(part.crc >>> 0, 16);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + part.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
