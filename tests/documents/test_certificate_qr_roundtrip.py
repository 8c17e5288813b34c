"""The QR code printed on a certificate, read back by a real decoder, verifies as genuine;
the same code with any one character changed never does."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest

from lpks_desktop.core.services.certificate_documents import write_certificates_pdf
from lpks_desktop.core.services.certificates import issue_certificates
from lpks_desktop.core.signing.verify import FORGED, GENUINE, MALFORMED, UNKNOWN_KEY, verify_payload

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import certificate_world  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("zbarimg") is None,
                                reason="zbarimg (zbar-tools) is not installed")

NAMES = [
    "Sean O'Brien",
    "Nguyễn Thị Ánh",
    # 200 characters: the longest name a certificate holds, and the densest QR code.
    ("Raden Ajeng Kartini Dyah Ayu Sekar Kinasih Wulandari Putri " * 4)[:200],
]
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def scanned(pdf: Path, page: int, folder: Path) -> str:
    """What zbar reads from one page rendered at 200 dpi.

    Image smoothing is off: it is a screen viewer's nicety that blurs the edges of a
    1-bit image at low zoom, which a printer does not do.
    """
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        image = document[page].render(scale=200 / 72, grayscale=True, no_smoothimage=True).to_pil()
    finally:
        document.close()
    png = folder / f"page-{page + 1}.png"
    image.save(png)
    result = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, f"zbar found no code on page {page + 1}"
    codes = result.stdout.splitlines()
    assert len(codes) == 1, codes
    return codes[0]


def test_printed_codes_read_back_verify_and_resist_every_changed_character(store, tmp_path):
    world = certificate_world.build(store, participants=len(NAMES), names=NAMES)
    outcome = issue_certificates(store, world.klass.id, today=certificate_world.AFTER,
                                 issued_on=certificate_world.ISSUED_ON)
    assert len(outcome.issued) == len(NAMES)
    pdf = tmp_path / "certificates.pdf"
    pages = write_certificates_pdf(pdf, world.klass.id, with_back=False)
    assert pages == len(NAMES)

    by_payload = {row.payload: row for row in outcome.issued}
    seen = set()
    for page in range(pages):
        code = scanned(pdf, page, tmp_path)
        row = by_payload[code]  # the decoder read exactly what was signed
        seen.add(row.id)
        result = verify_payload(code)
        assert result.verdict == GENUINE, result.message.render("en")
        assert result.claim.name == row.participant_name and result.claim.number == row.number
        assert result.certificate.id == row.id

        # A scanner typing with Caps Lock on and ending with Enter reads the same certificate.
        assert verify_payload(code.lower() + "\r\n").verdict == GENUINE
        # Any one character changed: never genuine (a change inside the key id names a key
        # nobody has).
        for position in range(len(code)):
            current = code[position]
            replacement = BASE32[(BASE32.find(current) + 1) % 32]
            altered = code[:position] + replacement + code[position + 1:]
            verdict = verify_payload(altered).verdict
            assert verdict in (FORGED, MALFORMED, UNKNOWN_KEY), (row.number, position, replacement, verdict)
    assert seen == {row.id for row in outcome.issued}
