// Legacy Vietnamese encodings cell by cell: sentences from old state documents, written code point by code point
// from the published tables (TCVN 5712 VN3 as Windows-1252 characters; VNI-Windows base letter + mark), must
// convert; Unicode Vietnamese and other languages must never be touched.
import { describe, expect, it } from 'vitest';
import { detectLegacyVietnamese, isVietnameseSyllable } from '../../shared/parse/legacy-vietnamese.ts';

describe('legacy Vietnamese encodings', () => {
  it.each([
    // TCVN3: 0xE9 ộ, 0xDF ò, 0xB7 ã, 0xF1 ủ, 0xDC ĩ, 0xD6 ệ; 0xA7 Đ, 0xCB ậ, 0xF9 ự, 0xB9 ạ, 0xF3 ú; 0xD5 ế, 0xAE đ, 0xDE ị, 0xAD ư, 0xEB ở, 0xB5 à, 0xDD í
    ['c\u00e9ng h\u00dfa x\u00b7 h\u00e9i ch\u00f1 ngh\u00dca vi\u00d6t nam', 'TCVN3', 'cộng hòa xã hội chủ nghĩa việt nam'],
    ['\u00a7\u00e9c l\u00cbp - T\u00f9 do - H\u00b9nh ph\u00f3c', 'TCVN3', 'Độc lập - Tự do - Hạnh phúc'],
    ['Quy\u00d5t \u00ae\u00deh c\u00f1a B\u00e9 tr\u00ad\u00ebng B\u00e9 T\u00b5i ch\u00ddnh', null, null], // "\u00deh" is no syllable: not converted
    ['Quy\u00d5t \u00ae\u00denh c\u00f1a B\u00e9 tr\u00ad\u00ebng B\u00e9 T\u00b5i ch\u00ddnh', 'TCVN3', 'Quyết định của Bộ trưởng Bộ Tài chính'],
    ['Trung Qu\u00e8c', 'TCVN3', 'Trung Quốc'],
    // Capitals typed with a .VnTimeH font are lower-case codes.
    ['VI\u00d6T NAM', 'TCVN3', 'VIỆT NAM'],
    // VNI-Windows: o + ä = ộ, o + ø = ò, a + õ = ã, u + û = ủ, ó = ĩ, e + ä = ệ, Ñ = Đ, ö = ư, ï dot below, ô = ơ, æ = ỉ, ò = ị, y + õ = ỹ
    ['Co\u00e4ng ho\u00f8a xa\u00f5 ho\u00e4i chu\u00fb ngh\u00f3a Vie\u00e4t Nam', 'VNI', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['\u00d1o\u00e4c la\u00e4p - T\u00f6\u00ef do - Ha\u00efnh phu\u00f9c', 'VNI', 'Độc lập - Tự do - Hạnh phúc'],
    ['\u00f1\u00f6\u00f4\u00efc nh\u00f6\u00f5ng Ch\u00e6 th\u00f2 My\u00f5', 'VNI', 'được những Chỉ thị Mỹ'],
    ['CO\u00c4NG HO\u00d8A XA\u00d5 HO\u00c4I CHU\u00db NGH\u00d3A VIE\u00c4T NAM', 'VNI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['To\u00e2i te\u00e2n la\u00f8 Nguye\u00e3n Va\u00ean Th\u00f6\u00fb', 'VNI', 'Tôi tên là Nguyễn Văn Thử'],
  ])('%s', (raw, encoding, converted) => {
    const r = detectLegacyVietnamese(raw);
    if (encoding === null) expect(r).toBeNull();
    else expect(r).toEqual({ encoding, converted, unconverted: '' });
  });

  it.each(['Máy tính', 'Hoà Bình', 'Cái', 'Bộ', 'Việt Nam', 'Café', 'Müller GmbH', 'Señor Muñoz vivía en la mañana', 'São Paulo', 'Straße', '5 µm', '25 °C', 'Nº 5', 'FG-100F', '±0.5 mm'])(
    'leaves "%s" alone', (text) => expect(detectLegacyVietnamese(text)).toBeNull());

  it('says what TCVN3 could not convert (a code with no letter in TCVN3, e.g. a VN1 capital with a tone mark)', () => {
    expect(detectLegacyVietnamese('H\u00b5 N\u00e9i \u00bf')).toEqual({ encoding: 'TCVN3', converted: 'Hà Nội \u00bf', unconverted: '\u00bf' });
  });

  it('knows a Vietnamese syllable: onset, nucleus, coda, one tone, and stops take the acute or dot below', () => {
    expect(['quốc', 'giá', 'gì', 'nghiêng', 'khuya', 'người', 'được', 'hoà'].every(isVietnameseSyllable)).toBe(true);
    expect(['cac', 'quèc', 'straße', 'müller', 'hỏàng'].some(isVietnameseSyllable)).toBe(false);
  });
});
