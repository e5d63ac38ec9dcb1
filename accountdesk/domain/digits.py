"""Digits from any of the scripts our users type in, turned into ASCII for parsing."""

# Persian (U+06F0..) and Arabic-Indic (U+0660..) digits, plus the separators people type
# with them: Arabic decimal and thousands separators and the Arabic percent sign.
_TO_ASCII = {ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")}
_TO_ASCII |= {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS_TO_ASCII = dict(_TO_ASCII)
_TO_ASCII |= {0x066B: ".", 0x066C: ",", 0x066A: "%", 0x060C: ","}

_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def to_ascii_digits(text: str) -> str:
    """'۰۲۱-۸۸۷۷' -> '021-8877'; other characters are kept as they are."""
    return text.translate(_TO_ASCII)


def digits_to_ascii(text: str) -> str:
    """Only the digits turned into ASCII ('۱٫۵' -> '1٫5'): for text whose separators the
    caller reads in its own way."""
    return text.translate(_DIGITS_TO_ASCII)


def to_persian_digits(text: str) -> str:
    """'2024' -> '۲۰۲۴', for Persian documents and screens that ask for Persian digits."""
    return text.translate(_PERSIAN)


def to_native_digits(text: str, numbering: str) -> str:
    """'2024' in the digits of a CLDR numbering system ("arabext" '۲۰۲۴', "arab" '٢٠٢٤');
    unchanged for "latn"."""
    if numbering == "arabext":
        return to_persian_digits(text)
    return text.translate(_ARABIC_INDIC) if numbering == "arab" else text
