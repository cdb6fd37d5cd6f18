import { deflateSync } from 'node:zlib';

/**
 * Writes small PDFs byte by byte, for the files Chromium will not print: a thousand pages,
 * a stream that inflates a thousandfold, forms nested into a "billion laughs", a password.
 * Objects are numbered from 1 in the order given; the cross-reference table is computed.
 */
export type PdfObject = string | { dict: string; stream: Buffer };

export function writePdf(objects: PdfObject[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(length);
    const body =
      typeof obj === 'string'
        ? Buffer.from(`${i + 1} 0 obj\n${obj}\nendobj\n`, 'latin1')
        : Buffer.concat([
            Buffer.from(`${i + 1} 0 obj\n<< ${obj.dict} /Length ${obj.stream.length} >>\nstream\n`, 'latin1'),
            obj.stream,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ]);
    parts.push(body);
    length += body.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(
    Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'),
  );
  return Buffer.concat(parts);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A PDF of `count` pages, each with one line of text in Helvetica; pages in `blank` only draw a box (a scan's stand-in). */
export function manyPages(count: number, blank: number[] = []): Buffer {
  // 1 catalog, 2 pages, 3 font, then per page: page object and its content.
  const kids = Array.from({ length: count }, (_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objects: PdfObject[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, FONT];
  for (let i = 0; i < count; i++) {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`,
    );
    const content = blank.includes(i + 1)
      ? '0.5 g 72 72 400 600 re f'
      : `BT /F1 12 Tf 72 720 Td (Minutes of the council meeting, session ${i + 1}: the budget was discussed at length.) Tj ET`;
    objects.push({ dict: '', stream: Buffer.from(content, 'latin1') });
  }
  return writePdf(objects);
}

/** One page whose content stream is `inflated` bytes of spaces, packed with Flate (about a thousandfold). */
export function flateBomb(inflated: number): Buffer {
  const content = deflateSync(Buffer.alloc(inflated, 0x20), { level: 9 });
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    { dict: '/Filter /FlateDecode', stream: content },
  ]);
}

/**
 * "Billion laughs": form XObject k draws form k+1 ten times, `depth` levels deep, and the
 * last one shows text. Small on disk; drawing it means 10^depth text operations.
 */
export function nestedForms(depth: number): Buffer {
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>`,
    { dict: '', stream: Buffer.from('/X Do', 'latin1') },
  ];
  for (let level = 0; level < depth; level++) {
    const own = 5 + level;
    const last = level === depth - 1;
    const resources = last ? `<< /Font << /F1 ${5 + depth} 0 R >> >>` : `<< /XObject << /X ${own + 1} 0 R >> >>`;
    const content = last ? 'BT /F1 10 Tf 10 10 Td (laugh) Tj ET' : Array(10).fill('/X Do').join(' ');
    objects.push({
      dict: `/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources ${resources}`,
      stream: Buffer.from(content, 'latin1'),
    });
  }
  objects.push(FONT);
  return writePdf(objects);
}

/** A one-page PDF locked with a user password (RC4, revision 2), which the import cannot open. */
export function passwordProtected(): Buffer {
  const hex = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  return writePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
      { dict: '', stream: Buffer.from(hex(40, 3), 'latin1') },
      `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 7)}> /U <${hex(32, 11)}> /P -44 >>`,
    ],
    `/Encrypt 5 0 R /ID [<${hex(16, 1)}> <${hex(16, 1)}>]`,
  );
}

/** One page of `runs` separate text runs, each placed on its own: cheap to pack, heavy for a reader to hold. */
export function manyRuns(runs: number): Buffer {
  const ops = Array.from({ length: runs }, (_, i) => `1 0 0 1 ${(i * 7) % 500} ${(i * 3) % 700} Tm (w${i % 1000}) Tj`).join('\n');
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    { dict: '/Filter /FlateDecode', stream: deflateSync(Buffer.from(`BT /F1 10 Tf\n${ops}\nET`, 'latin1')) },
    FONT,
  ]);
}
