import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PDF of one page saying `text`, with a correct cross-reference table; optionally a signature
 * placeholder.
 */
export function simplePdf(
  text: string,
  options: { signaturePlaceholderBytes?: number } = {},
): Buffer {
  const stream = `BT /F1 12 Tf 72 770 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const acroForm = options.signaturePlaceholderBytes
    ? ' /AcroForm << /Fields [6 0 R] /SigFlags 3 >>'
    : '';
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R${acroForm} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R ' +
      '/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont ' +
      '/Helvetica >> >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  if (options.signaturePlaceholderBytes) {
    objects.push(
      `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached ` +
        `/ByteRange [0 ${'*'.repeat(10)} ${'*'.repeat(10)} ${'*'.repeat(10)}] ` +
        `/Contents <${'0'.repeat(options.signaturePlaceholderBytes * 2)}> >>`,
    );
    objects.push(
      '<< /FT /Sig /T (Firma1) /V 5 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 3 0 R >>',
    );
  }
  let body = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries.join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export interface OpensslSigner {
  /** The signer's certificate, PEM. */
  certificatePem: string;
  /**
   * A CAdES-BES attached signature (.p7m, DER) of `content`, made by `openssl cms -sign -cades`.
   */
  cades(content: Buffer): Buffer;
  /** A PDF signed in PAdES (ETSI.CAdES.detached over the byte range), the CMS made by openssl. */
  pades(text: string): Buffer;
}

export interface OpensslFixtures {
  /** The trusted test CA, PEM: the trust list of the tests. */
  caPem: string;
  /** A signer under the trusted CA, with `TINIT-<fiscalCode>` as subject serialNumber. */
  signer(fiscalCode: string, name: string): OpensslSigner;
  /** A signer whose CA nobody trusts. */
  stranger: OpensslSigner;
  close(): void;
}

/** A folder where openssl makes authorities and signers, each file named after what it holds. */
class OpensslWorkshop {
  readonly dir = mkdtempSync(join(tmpdir(), 'firme-'));
  private serial = 0;

  constructor() {
    writeFileSync(
      join(this.dir, 'signer.cnf'),
      'keyUsage=critical,nonRepudiation\nbasicConstraints=CA:FALSE\n',
    );
  }

  openssl(...args: string[]): Buffer {
    return execFileSync('openssl', args, { cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  read(file: string): Buffer {
    return readFileSync(join(this.dir, file));
  }

  /** A self-signed qualified CA named `name` (`name.pem`, `name.key`). */
  authority(name: string): string {
    this.openssl(
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes'],
      ...['-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '30'],
      ...['-subj', `/C=IT/O=${name}/CN=${name} Qualified CA`],
      ...['-addext', 'basicConstraints=critical,CA:TRUE'],
      ...['-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
    );
    return name;
  }

  /** A signer's key and certificate under `ca`, named as an Italian qualified certificate names one. */
  issueSigner(ca: string, fiscalCode: string, name: string): OpensslSigner {
    const id = `signer${++this.serial}`;
    const [given, ...family] = name.split(' ');
    this.openssl(
      ...['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${id}.key`, '-out', `${id}.csr`],
      '-subj',
      `/C=IT/SN=${family.join(' ') || given}/GN=${given}/serialNumber=TINIT-${fiscalCode}/CN=${name}`,
    );
    this.openssl(
      ...['x509', '-req', '-in', `${id}.csr`, '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`],
      ...['-set_serial', String(1000 + this.serial), '-out', `${id}.pem`],
      ...['-days', '10', '-extfile', 'signer.cnf'],
    );
    const sign = (input: Buffer, detached: boolean) => this.cadesSign(id, ca, input, detached);
    return {
      certificatePem: this.read(`${id}.pem`).toString('utf8'),
      cades: (content) => sign(content, false),
      pades: (text) => padesSigned(text, (signedBytes) => sign(signedBytes, true)),
    };
  }

  /** A CAdES signature by signer `id`, enveloping the input or detached from it. */
  private cadesSign(id: string, ca: string, input: Buffer, detached: boolean): Buffer {
    writeFileSync(join(this.dir, `${id}.in`), input);
    this.openssl(
      ...['cms', '-sign', '-binary', ...(detached ? [] : ['-nodetach']), '-cades'],
      ...['-md', 'sha256', '-in', `${id}.in`, '-signer', `${id}.pem`, '-inkey', `${id}.key`],
      ...['-certfile', `${ca}.pem`, '-outform', 'DER', '-out', `${id}.p7m`],
    );
    return this.read(`${id}.p7m`);
  }
}

/**
 * A PDF of the text signed as PAdES: the byte range around the /Contents placeholder is filled in,
 * the bytes outside it signed detached, and the signature written into the placeholder.
 */
function padesSigned(text: string, signDetached: (bytes: Buffer) => Buffer): Buffer {
  const placeholder = 8192;
  const pdf = simplePdf(text, { signaturePlaceholderBytes: placeholder }).toString('latin1');
  const start = pdf.indexOf('/Contents <') + '/Contents '.length;
  const end = start + placeholder * 2 + 2;
  const range = [0, start, end, pdf.length - end].map((value) => String(value).padEnd(10, ' '));
  const ranged = pdf.replace(
    `[0 ${'*'.repeat(10)} ${'*'.repeat(10)} ${'*'.repeat(10)}]`,
    `[0 ${range[1]} ${range[2]} ${range[3]}]`,
  );
  const cms = signDetached(
    Buffer.concat([
      Buffer.from(ranged.slice(0, start), 'latin1'),
      Buffer.from(ranged.slice(end), 'latin1'),
    ]),
  );
  const hex = cms.toString('hex').padEnd(placeholder * 2, '0');
  return Buffer.from(`${ranged.slice(0, start)}<${hex}>${ranged.slice(end)}`, 'latin1');
}

/** Certification authorities and signers made with openssl at test time, never downloaded. */
export function opensslSigningFixtures(): OpensslFixtures {
  const workshop = new OpensslWorkshop();
  const trusted = workshop.authority('Trusted');
  const strangerCa = workshop.authority('Stranger');
  return {
    caPem: workshop.read(`${trusted}.pem`).toString('utf8'),
    signer: (fiscalCode, name) => workshop.issueSigner(trusted, fiscalCode, name),
    stranger: workshop.issueSigner(strangerCa, 'STRNGR80A01H501X', 'Ignoto Estraneo'),
    close: () => rmSync(workshop.dir, { recursive: true, force: true }),
  };
}

/**
 * The content a CMS signed-data envelope (a .p7m, a PEC provider's smime.p7m) carries, read by
 * OpenSSL — an implementation independent of the platform's — without checking the chain.
 */
export function cmsContent(p7m: Buffer): Buffer {
  const folder = mkdtempSync(join(tmpdir(), 'cms-content-'));
  try {
    writeFileSync(join(folder, 'signed.p7m'), p7m);
    execFileSync('openssl', [
      'cms',
      '-verify',
      '-noverify',
      '-inform',
      'DER',
      '-in',
      join(folder, 'signed.p7m'),
      '-out',
      join(folder, 'content'),
    ]);
    return readFileSync(join(folder, 'content'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
