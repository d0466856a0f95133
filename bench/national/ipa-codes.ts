// The agencies' IPA codes: IndicePA's open list when a file of it is given (one code per line, as
// `ipa-codes.txt` of publiccodeyml/italian-organizations-ipa-vocabulary), else codes of the same
// shape made from the seed (lowercase letters and digits, a municipality's `c_` + cadastral code
// for one in three, as IndicePA's own list is mostly municipalities).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const ipaCode = /^[a-z0-9_]{2,20}$/i;

export function ipaCodes(
  count: number,
  seed: number,
  file = process.env.BENCH_IPA_CODES,
): string[] {
  if (file) {
    const listed = [
      ...new Set(
        readFileSync(file, 'utf8')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => ipaCode.test(line)),
      ),
    ];
    if (listed.length >= count) return listed.slice(0, count);
    return [...listed, ...shapedCodes(count - listed.length, seed, new Set(listed))];
  }
  return shapedCodes(count, seed, new Set());
}

function shapedCodes(count: number, seed: number, taken: Set<string>): string[] {
  const codes: string[] = [];
  for (let n = 1; codes.length < count; n++) {
    const hash = createHash('sha256').update(`${seed}:ipa:${n}`).digest();
    const letters = [...hash.subarray(0, 6)].map((byte) => String.fromCharCode(97 + (byte % 26)));
    const code =
      n % 3 === 0
        ? `c_${letters[0]}${String(hash.readUInt16BE(6) % 1000).padStart(3, '0')}`
        : `${letters.join('')}${hash.readUInt8(8) % 10}`;
    if (taken.has(code)) continue;
    taken.add(code);
    codes.push(code);
  }
  return codes;
}
