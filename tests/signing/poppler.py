"""poppler's own view of a PDF's signatures, as a second, independent validator."""

import shutil
import subprocess
from pathlib import Path

import pytest


def pdfsig(path: Path) -> str:
    """poppler's report on the signatures of a file."""
    if shutil.which("pdfsig") is None:
        pytest.skip("poppler-utils (pdfsig) is not installed")
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    return result.stdout + result.stderr
