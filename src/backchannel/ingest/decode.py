"""Bytes to text: byte-order marks, UTF-8, then detection for legacy encodings.

Why this order: news archives hold UTF-16 exports and Latin-1/cp1252 files as
often as UTF-8. Refusing them loses real reports, so only input that decodes
to no plausible text (binary) is refused; anything decoded by guesswork
carries a warning naming the encoding, so a reader can check it.

Detection uses charset-normalizer. Its guesses among the single-byte Latin
code pages are unreliable on short texts (cp1250 for French, mac_roman for
English with curly quotes), so a Latin-script guess is read as windows-1252,
which is what the WHATWG Encoding standard does for "latin1" and "ascii"
labels on the web; scripts that need another code page (Cyrillic, Greek,
Hebrew, Arabic, Thai, CJK) keep the detected one.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Detected encodings kept as detected: scripts that windows-1252 cannot stand for.
NON_LATIN = frozenset("""
cp1251 koi8_r koi8_u iso8859_5 mac_cyrillic cp866 cp855 ptcp154 kz1048
cp1253 iso8859_7 mac_greek cp737 cp1255 iso8859_8 cp862 cp1256 iso8859_6 cp720 cp864
cp874 tis_620 iso8859_11 gb18030 gb2312 gbk hz big5 big5hkscs cp950 shift_jis cp932
shift_jis_2004 shift_jisx0213 euc_jp euc_jis_2004 euc_jisx0213 iso2022_jp cp949 euc_kr johab
iso2022_kr utf_16 utf_16_le utf_16_be utf_32 utf_32_le utf_32_be
""".split())

#: C0 control bytes that never occur in text (tab, newline, form feed, CR and ESC excluded).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool  # True when the encoding was detected rather than declared or UTF-8


def decode(data: bytes) -> Decoded:
    """Decode ``data`` or raise ``ValueError`` saying why it is not text."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec.replace("-sig", ""), False)
            except UnicodeDecodeError as exc:
                raise ValueError(f"starts with a {codec} byte-order mark but is not valid {codec} "
                                 f"(offset {exc.start})") from None
    if b"\x00" in data[:65536]:
        return _wide(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _wide(data: bytes) -> Decoded:
    """UTF-16/32 without a byte-order mark, told by where the NUL bytes fall; else binary.

    Latin-script text in UTF-16-LE has a NUL in (nearly) every odd byte, in
    UTF-32-LE in three of every four; anything else with NULs is not text.
    """
    sample = data[:65536]
    n = len(sample)
    by_lane = [sample[i::4].count(0) / max(1, len(sample[i::4])) for i in range(4)]
    candidates = []
    if n % 4 == 0 and min(by_lane[1:]) > 0.9:
        candidates.append("utf-32-le")
    if n % 4 == 0 and min(by_lane[:3]) > 0.9:
        candidates.append("utf-32-be")
    odd, even = (by_lane[1] + by_lane[3]) / 2, (by_lane[0] + by_lane[2]) / 2
    if n % 2 == 0 and odd > 0.6 and even < 0.2:
        candidates.append("utf-16-le")
    if n % 2 == 0 and even > 0.6 and odd < 0.2:
        candidates.append("utf-16-be")
    for codec in candidates:
        try:
            return Decoded(data.decode(codec), codec, True)
        except UnicodeDecodeError:
            continue
    raise ValueError("binary file (NUL bytes), not text")


def _detect(data: bytes) -> Decoded:
    import charset_normalizer

    if _control_ratio(data[:65536]) > 0.01:
        raise ValueError("binary file (control bytes), not text")
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ValueError("binary file, not text in any known encoding")
    encoding = best.encoding
    if encoding not in NON_LATIN or encoding.startswith("utf_"):  # no NULs: not UTF-16/32
        encoding = "cp1252" if _decodes(data, "cp1252") else "latin_1"
    text = data.decode(encoding) if encoding != best.encoding else str(best)
    if _control_ratio(text.encode("utf-8", "ignore")[:65536]) > 0.01:
        raise ValueError("binary file (control characters after decoding), not text")
    return Decoded(text, encoding, True)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _CONTROL))) / len(sample)
