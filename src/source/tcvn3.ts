// Old Vietnamese documents typed with the ABC (TCVN3) fonts — .VnTime,
// .VnArial … and their capital twins .VnTimeH … — store each letter as the
// Latin-1 character at its TCVN3 code: "Uû ban nh©n d©n" is "Uỷ ban nhân dân".
// A .docx run or PDF text item set in such a font is converted back here
// (iconv-lite, loaded only when such a font is present).

/** ".VnTime", ".VnTimeH", "ABCDEF+.VnArial-Bold", "VnTimeH,Bold" — not the VNI fonts ("VNI-Times"). */
import { importExternal } from './external.js';
export function tcvn3Font(name: string | undefined): { upper: boolean } | null {
  if (!name) return null;
  const base = name.replace(/^[A-Z]{6}\+/, '').split(/[-,]/)[0].trim();
  if (!/^\.?vn(?!i)[a-z]/i.test(base)) return null;
  return { upper: /h$/i.test(base) && base.length > 4 };
}

export type Tcvn3Converter = (text: string, upper: boolean) => string;

export async function loadTcvn3(): Promise<Tcvn3Converter> {
  const iconv = (await importExternal<{ default: typeof import('iconv-lite') }>('iconv-lite')).default;
  return (text, upper) => {
    // Text that already holds Vietnamese letters was converted to Unicode and kept its old font name.
    if (/[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u.test(text)) return text;
    const out = text.replace(/[\u0080-\u00ff]+/g, (m) => iconv.decode(Buffer.from(m, 'latin1'), 'tcvn'));
    return upper ? out.toLocaleUpperCase('vi') : out;
  };
}
