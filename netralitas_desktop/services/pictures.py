"""Evidence pictures as the OCR and the duplicate check see them: decoded safely from their bytes, and the 16×16
difference hash (dHash, 256 bits) that drops unrelated pictures cheaply (Pillow only: `imagehash` would pull in
numpy, scipy and PyWavelets, about 53 MB in the shipped app, for the same values)."""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from netralitas_desktop.domain.errors import EvidenceError
from netralitas_desktop.domain.text_match import is_picture

__all__ = ["dhash", "is_picture", "open_picture"]

HASH_SIDE = 16  # 16×16 = 256 bits, written as 64 hex digits
MAX_PIXELS = 80_000_000  # larger pictures are refused: a hostile file must not fill the memory (a 16 MP photo: 16 M)

def open_picture(data: bytes) -> Image.Image:
    """A picture decoded from its bytes, upright (EXIF orientation applied), in RGB; EvidenceError with an
    Indonesian message for a file that is not a picture, is damaged or is too large."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data))
            width, height = opened.size
            if width * height > MAX_PIXELS:
                raise EvidenceError(f"Gambar terlalu besar untuk dibaca ({width}×{height} piksel).")
            opened.seek(0)  # the first frame of an animation
            image = ImageOps.exif_transpose(opened) or opened
            if image.mode in ("RGBA", "LA", "P", "PA"):
                rgba = image.convert("RGBA")
                background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
                return Image.alpha_composite(background, rgba).convert("RGB")
            return image.convert("RGB")
    except EvidenceError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as err:
        raise EvidenceError("Gambar terlalu besar untuk dibaca (jumlah pikselnya tidak wajar).") from err
    except UnidentifiedImageError as err:
        raise EvidenceError("Berkas ini bukan gambar yang dapat dibaca.") from err
    except (OSError, ValueError, SyntaxError, EOFError) as err:  # truncated or damaged image data
        raise EvidenceError(f"Gambar rusak atau terpotong; tidak dapat dibaca ({err}).") from err


def dhash(image: Image.Image) -> str:
    """The 16×16 difference hash: each bit says whether a pixel of a 17×16 grey thumbnail is brighter than its
    right neighbour; 64 hex digits."""
    gray = image if image.mode == "L" else image.convert("L")
    # reduce() first: an exact box down-sampling, much faster than one large LANCZOS step.
    factor = max(1, min(gray.width // ((HASH_SIDE + 1) * 4), gray.height // (HASH_SIDE * 4)))
    if factor > 1:
        gray = gray.reduce(factor)
    pixels = gray.resize((HASH_SIDE + 1, HASH_SIDE), Image.Resampling.LANCZOS).tobytes()
    value = 0
    for row in range(HASH_SIDE):
        for col in range(HASH_SIDE):
            left = pixels[row * (HASH_SIDE + 1) + col]
            if left > pixels[row * (HASH_SIDE + 1) + col + 1]:
                value |= 1 << (row * HASH_SIDE + col)
    return f"{value:064x}"
