"""The translations of every registered language are complete, faithful to their placeholders,
give every count its plural forms, and are in step with the code."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from accountdesk._build import qt_tool
from accountdesk.domain.languages import LANGUAGES as REGISTRY
from accountdesk.domain.languages import SOURCE

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
# Translated in full: every language of the registry but the source language, English,
# which holds only the plural forms of messages with a count.
LANGUAGES = {info.code: info.ui_locale for info in REGISTRY if info.code != SOURCE}
ALL_LANGUAGES = {**LANGUAGES, SOURCE: SOURCE}
# Plural forms per language, as Qt's rules for the `language` of a .ts file give them
# (test_plural_form_counts_are_what_qt_expects asks lupdate).
PLURAL_FORMS = {"he": 2, "fa": 1, "ar": 6, "en": 2}
# The plural forms each language keeps for exactly one number: they may say the number in
# words ("לקוח אחד"; Arabic "لا عملاء", "عميل واحد", "عميلان") instead of showing {count}.
FORMS_OF_ONE_NUMBER = {"he": {0}, "en": {0}, "ar": {0, 1, 2}}

# Translations that may legitimately equal their English source.
SAME_AS_SOURCE = {
    "AccountDesk",
    "{name}[*] — {app}",
    "%1",
    ", ",
    "SHA-256",
    "PKCS#12",
    "JSON",
    "CSV",
    "PDF",
}

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:L?\d+|n)")
COUNT = "{count}"
# {count} in a sentence is a quantity; in parentheses ("Customers ({count})") it is a label.
COUNT_IN_A_SENTENCE = re.compile(r"(?<!\()\{count\}(?!\))")


def sources() -> list[str]:
    """Every Python file lupdate reads."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "accountdesk").rglob("*.py"))


def messages(lang: str):
    root = ET.parse(TRANSLATIONS / f"accountdesk_{lang}.ts").getroot()
    for context in root.findall("context"):
        for message in context.findall("message"):
            yield context.findtext("name") or "", message


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def is_numerus(message: ET.Element) -> bool:
    return message.get("numerus") == "yes"


@pytest.mark.parametrize("lang", sorted(ALL_LANGUAGES))
def test_language_attribute(lang):
    root = ET.parse(TRANSLATIONS / f"accountdesk_{lang}.ts").getroot()
    assert root.get("language") == ALL_LANGUAGES[lang]


@pytest.mark.parametrize("lang", sorted(ALL_LANGUAGES))
def test_every_message_is_translated(lang):
    problems = []
    count = 0
    for context, message in messages(lang):
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation is None:
            problems.append(f"{where}: no <translation>")
            continue
        kind = translation.get("type")
        if kind in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{where}: {kind}")
        forms = texts(message)
        if is_numerus(message) and len(forms) != PLURAL_FORMS[lang]:
            problems.append(f"{where}: {len(forms)} plural forms, want {PLURAL_FORMS[lang]}")
        for text in forms:
            if not text.strip():
                problems.append(f"{where}: empty")
            elif lang != "en" and text == source and source not in SAME_AS_SOURCE:
                problems.append(f"{where}: left in English")
    assert count > 0
    assert not problems, "\n".join(problems)


def test_english_holds_the_plural_forms_of_every_count():
    english = {(context, message.findtext("source")) for context, message in messages("en")}
    assert all(is_numerus(message) for _context, message in messages("en"))
    counted = {
        (context, message.findtext("source"))
        for context, message in messages("he")
        if is_numerus(message)
    }
    assert english == counted, "run lupdate -pluralonly on accountdesk_en.ts"
    singular = {
        message.findtext("source"): texts(message)[0] for _context, message in messages("en")
    }
    assert (
        singular["Imported {count} customer(s) from {name}"]
        == "Imported {count} customer from {name}"
    )


@pytest.mark.parametrize("lang", sorted(ALL_LANGUAGES))
def test_placeholders_match_the_source(lang):
    problems = []
    for context, message in messages(lang):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        for number, text in enumerate(texts(message)):
            got = sorted(PLACEHOLDER.findall(text))
            if is_numerus(message):
                may_leave_out = (
                    {COUNT, "%n"} if number in FORMS_OF_ONE_NUMBER.get(lang, set()) else set()
                )
                if not set(got) <= set(wanted) or set(wanted) - set(got) - may_leave_out:
                    problems.append(f"{context}: {source!r} -> form {number + 1}: {text!r}")
            elif got != wanted:  # every one: an explanation ({detail}) is what the reader acts on
                problems.append(f"{context}: {source!r} -> {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{context}: accelerator differs: {source!r} -> {text!r}")
            if "[*]" in source and "[*]" not in text:
                problems.append(f"{context}: [*] missing: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_a_count_in_a_sentence_has_plural_forms():
    """`translate(context, "… {count} …", None, n)`: Qt then picks each language's form by n."""
    problems = []
    for context, message in messages("he"):
        source = message.findtext("source") or ""
        if COUNT_IN_A_SENTENCE.search(source) and not is_numerus(message):
            problems.append(f"{context}: {source!r} has a count but no plural forms (pass n)")
        if is_numerus(message) and COUNT not in source:
            problems.append(f"{context}: {source!r} has plural forms: name its number {{count}}")
    assert not problems, "\n".join(problems)


def test_plural_form_counts_are_what_qt_expects(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "QCoreApplication.translate('Probe', '{count} probes', None, 3)\n",
        encoding="utf-8",
    )
    files = []
    for lang, name in ALL_LANGUAGES.items():
        ts = tmp_path / f"probe_{lang}.ts"
        ts.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{name}">\n</TS>\n',
            encoding="utf-8",
        )
        files.append(ts)
    subprocess.run(
        [*qt_tool("lupdate"), str(probe), "-ts", *map(str, files)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    found = {}
    for lang, ts in zip(ALL_LANGUAGES, files, strict=False):
        message = ET.parse(ts).getroot().find("context/message")
        assert is_numerus(message)
        found[lang] = len(message.findall("translation/numerusform"))
    assert found == PLURAL_FORMS


def test_every_message_has_a_context():
    assert all(context for context, _message in messages("he"))


@pytest.mark.parametrize("lang", sorted(ALL_LANGUAGES))
def test_ts_files_are_in_step_with_the_code(lang, tmp_path):
    lupdate = qt_tool("lupdate")
    copy = tmp_path / f"accountdesk_{lang}.ts"
    shutil.copy(TRANSLATIONS / f"accountdesk_{lang}.ts", copy)
    plural_only = ["-pluralonly"] if lang == "en" else []  # English keeps only numerus forms
    result = subprocess.run(
        [*lupdate, *sources(), "-locations", "none", *plural_only, "-ts", str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    updated = copy.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in updated, "run lupdate and translate the new messages"
    assert 'type="vanished"' not in updated, (
        "messages no longer in the code: run lupdate -no-obsolete"
    )
    assert 'type="obsolete"' not in updated


# ---------------------------------------------------------------- texts lupdate can see


def _translated_text(call: ast.Call) -> ast.expr | None:
    """The text argument of `….translate(context, text, …)` or `tr(text, …)`."""
    name = (
        call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", None)
    )
    if name == "translate" and len(call.args) >= 2:
        return call.args[1]
    if name == "tr" and call.args:
        return call.args[0]
    return None


def _hidden_texts(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = [
        node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]
    for function in functions:
        parameters = {
            a.arg
            for a in (*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs)
        }
        for call in ast.walk(function):
            text = _translated_text(call) if isinstance(call, ast.Call) else None
            if isinstance(text, ast.Name) and text.id in parameters:
                found.append(
                    f"{function.lineno}: {function.name}() translates its argument; lupdate cannot "
                    "see the texts passed to it: translate where the text is written"
                )
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        if isinstance(call.func, ast.Name) and call.func.id == "tr":
            found.append(
                f"{call.lineno}: a bare tr() has no context: use self.tr() or QCoreApplication.translate()"
            )
        text = _translated_text(call)
        if (
            text is not None
            and not isinstance(text, ast.Constant)
            and any(
                isinstance(node, ast.Constant) and isinstance(node.value, str)
                for node in ast.walk(text)
            )
        ):
            found.append(
                f"{call.lineno}: {ast.unparse(text)!r}: lupdate sees only a text written as one literal"
            )
    return found


def test_every_translated_text_is_where_lupdate_can_see_it():
    """No helper that translates its argument, no text built in the call: lupdate must find
    each text (or its QT_TRANSLATE_NOOP) where it is written."""
    problems = [f"{path}:{problem}" for path in sources() for problem in _hidden_texts(ROOT / path)]
    assert not problems, "\n".join(problems)
