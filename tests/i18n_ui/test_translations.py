"""The Hebrew and Persian translations are complete, faithful to their placeholders and in
step with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from accountdesk._build import qt_tool

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = {"he": "he_IL", "fa": "fa_IR"}
# Hebrew has two plural forms in Qt, Persian one.
PLURAL_FORMS = {"he": 2, "fa": 1}

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


def sources() -> list[str]:
    """Every Python file lupdate reads: the package and the list of indirectly translated texts."""
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "accountdesk").rglob("*.py"))
    return [*files, "translations/indirect_strings.py"]


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


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_language_attribute(lang):
    root = ET.parse(TRANSLATIONS / f"accountdesk_{lang}.ts").getroot()
    assert root.get("language") == LANGUAGES[lang]


def test_english_file_exists():
    root = ET.parse(TRANSLATIONS / "accountdesk_en.ts").getroot()
    assert root.get("language") == "en"


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
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
        if message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS[lang]:
            problems.append(f"{where}: {len(forms)} plural forms, want {PLURAL_FORMS[lang]}")
        for text in forms:
            if not text.strip():
                problems.append(f"{where}: empty")
            elif text == source and source not in SAME_AS_SOURCE:
                problems.append(f"{where}: left in English")
    assert count > 0
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_placeholders_match_the_source(lang):
    problems = []
    for context, message in messages(lang):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in texts(message):
            got = sorted(PLACEHOLDER.findall(text))
            if message.get("numerus") == "yes":
                # a form may leave %n out (e.g. "one item"), but must not invent others
                wanted_set, got_set = set(wanted) - {"%n"}, set(got) - {"%n"}
                if wanted_set != got_set:
                    problems.append(f"{context}: {source!r} -> {text!r}")
            elif got != wanted:
                problems.append(f"{context}: {source!r} -> {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{context}: accelerator differs: {source!r} -> {text!r}")
            if "[*]" in source and "[*]" not in text:
                problems.append(f"{context}: [*] missing: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["he", "fa", "en"])
def test_ts_files_are_in_step_with_the_code(lang, tmp_path):
    lupdate = qt_tool("lupdate")
    copy = tmp_path / f"accountdesk_{lang}.ts"
    shutil.copy(TRANSLATIONS / f"accountdesk_{lang}.ts", copy)
    plural_only = ["-pluralonly"] if lang == "en" else []  # English keeps only numerus forms
    result = subprocess.run(
        [*lupdate, *sources(), "-locations", "none", *plural_only, "-ts", str(copy)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    updated = copy.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in updated, "run lupdate and translate the new messages"
    assert 'type="vanished"' not in updated, "messages no longer in the code: run lupdate -no-obsolete"
    assert 'type="obsolete"' not in updated


def test_indirect_strings_are_in_step_with_the_helpers():
    """Every literal passed to a `_tr()` helper (or the signing `tr()`) is listed for lupdate."""
    import ast

    listed = set()
    tree = ast.parse((TRANSLATIONS / "indirect_strings.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            listed.add((node.args[0].value, node.args[1].value))
    # texts lupdate already finds directly (e.g. a QT_TRANSLATE_NOOP in the same context)
    listed |= {(context, message.findtext("source")) for context, message in messages("he")}
    missing = []
    for path in sorted((ROOT / "accountdesk").rglob("*.py")):
        module = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {}
        for node in module.body:
            if isinstance(node, ast.FunctionDef) and node.name in {"_tr", "tr"}:
                for call in ast.walk(node):
                    if (isinstance(call, ast.Call) and getattr(call.func, "attr", None) == "translate"
                            and call.args and isinstance(call.args[0], ast.Constant)):
                        helpers[node.name] = call.args[0].value
            if isinstance(node, ast.ImportFrom) and node.module == "accountdesk.ui.signing.texts":
                if any(alias.name == "tr" for alias in node.names):
                    helpers["tr"] = "Signing"
        if path.name == "texts.py" and path.parent.name == "signing":
            helpers["tr"] = "Signing"
        for call in ast.walk(module):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in helpers
                    and call.args and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)):
                key = (helpers[call.func.id], call.args[0].value)
                if key not in listed:
                    missing.append(f"{path.relative_to(ROOT)}:{call.lineno}: {key}")
    assert not missing, "add to translations/indirect_strings.py:\n" + "\n".join(missing)
