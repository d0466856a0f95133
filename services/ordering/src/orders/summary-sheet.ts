import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { euroText } from '@app/italian-codes';
import type { OrderLine } from './order.rules.js';

// DejaVu, from its npm package: PDF/A wants every font embedded, and the standard 14 are not.
const fontFolder = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const fonts = {
  regular: join(fontFolder, 'DejaVuSans.ttf'),
  bold: join(fontFolder, 'DejaVuSans-Bold.ttf'),
};

/** What the "Scheda di sintesi ordinativo di fornitura" says (seed 001, passo 2). */
export interface SheetFacts {
  orderCode: string;
  orderDate: Date;
  agency: { name: string; fiscalCode: string };
  contract: { title: string; cig: string; cup: string | null };
  supplier: { name: string; fiscalCode: string; pec: string };
  derivedCig: string;
  subject: string;
  adhesionCode: string | null;
  lines: OrderLine[];
  totalCents: number;
  rupFiscalCode: string | null;
  cigAcquiredOn: Date | null;
}

const day = (date: Date) =>
  date.toLocaleDateString('it-IT', {
    timeZone: 'Europe/Rome',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });

type Pdf = InstanceType<typeof PDFDocument>;

function section(doc: Pdf, title: string, rows: [string, string][]): void {
  doc.moveDown(0.6).font('bold').fontSize(11).text(title);
  for (const [label, value] of rows) {
    doc
      .font('bold')
      .fontSize(9)
      .text(`${label}: `, { continued: true })
      .font('regular')
      .text(value);
  }
}

function linesTable(doc: Pdf, lines: OrderLine[], totalCents: number): void {
  doc.moveDown(0.6).font('bold').fontSize(11).text("Righe dell'ordine");
  const columns = [50, 290, 390, 460];
  const widths = [230, 95, 65, 85];
  doc.font('bold').fontSize(9);
  const header = doc.y;
  ['Descrizione', 'Importo unitario', 'Quantità', 'Importo'].forEach((label, i) =>
    doc.text(label, columns[i], header, { width: widths[i] }),
  );
  doc.font('regular');
  for (const line of lines) {
    const y = doc.y + 2;
    doc.text(line.description, columns[0], y, { width: widths[0] });
    const bottom = doc.y;
    doc
      .text(euroText(line.unitPriceCents), columns[1], y)
      .text(String(line.quantity), columns[2], y)
      .text(euroText(line.unitPriceCents * line.quantity), columns[3], y);
    doc.y = Math.max(bottom, doc.y);
  }
  doc
    .moveDown(0.4)
    .font('bold')
    .text(`Totale dell'ordine: ${euroText(totalCents)}`, columns[0]);
}

/**
 * A PDF/A-2b document titled after the order, its fonts registered: dated by the order, not by now.
 */
function archivalDocument(facts: SheetFacts) {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    lang: 'it-IT',
    tagged: true,
    displayTitle: true,
    info: {
      Title: `Scheda di sintesi ordinativo di fornitura ${facts.orderCode}`,
      Author: facts.agency.name,
      Subject: facts.subject,
      Creator: 'Negozio Elettronico',
      Producer: 'Negozio Elettronico',
      CreationDate: facts.orderDate,
    },
  });
  doc.registerFont('regular', fonts.regular).registerFont('bold', fonts.bold);
  return doc;
}

/** The sheet's sections: who orders, under which contract, from whom, what. */
function sheetSections(doc: Pdf, facts: SheetFacts) {
  section(doc, 'Amministrazione contraente', [
    ['Ente', facts.agency.name],
    ['Codice fiscale', facts.agency.fiscalCode],
  ]);
  section(doc, 'Contratto', [
    ['Oggetto', facts.contract.title],
    ['CIG accordo quadro / convenzione', facts.contract.cig],
    ['CUP', facts.contract.cup ?? '—'],
    ...(facts.adhesionCode ? [['Adesione', facts.adhesionCode] as [string, string]] : []),
  ]);
  section(doc, 'Fornitore', [
    ['Operatore economico', facts.supplier.name],
    ['Codice fiscale / P. IVA', facts.supplier.fiscalCode],
    ['PEC', facts.supplier.pec],
  ]);
  section(doc, 'Ordinativo', [
    ['Oggetto', facts.subject],
    ['CIG derivato', facts.derivedCig],
    ['CIG acquisito il', facts.cigAcquiredOn ? day(facts.cigAcquiredOn) : '—'],
    ['RUP (codice fiscale)', facts.rupFiscalCode ?? '—'],
  ]);
}

/**
 * The sheet as PDF/A-2b (archival format of Italian PA records): fonts embedded, XMP metadata, and
 * the same bytes for the same order (its dates are the order's own, never the time of generation).
 */
export function summarySheet(facts: SheetFacts): Promise<Buffer> {
  const doc = archivalDocument(facts);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc
    .font('bold')
    .fontSize(15)
    .text('Scheda di sintesi ordinativo di fornitura', { align: 'center' });
  doc
    .font('regular')
    .fontSize(10)
    .text(`Ordinativo ${facts.orderCode} del ${day(facts.orderDate)}`, { align: 'center' });
  sheetSections(doc, facts);
  linesTable(doc, facts.lines, facts.totalCents);
  doc
    .moveDown(1.5)
    .font('regular')
    .fontSize(8)
    .text(
      'Documento generato dal Negozio Elettronico: va firmato digitalmente (CAdES o PAdES) ' +
        'senza modificarlo e ricaricato al passo 2.',
    );
  doc.end();
  return done;
}
