"""Reading the words in a screenshot or photo, offline, with Tesseract 5 through `tesserocr` (whose wheels bundle
libtesseract for Windows and Linux) and the `ind` + `eng` models shipped in resources/tessdata.

What makes phone screenshots readable (measured on rendered 1080×2400 screenshots, docs/performance.md):
grey levels; dark mode inverted to dark text on light (mean luminance < 128); small text upscaled until the
median text line is ≥ 32 px high (Tesseract's own layout analysis measures it; at most 3×); a second pass on the
near-white pixels when the picture has no flat background (captions over a video frame); then the O-for-zero
fixes of `domain.text_match.clean_reading`.

One `OcrEngine` per thread, reused for many pictures (it loads the models once, about 0.1 s); never call one
engine from two threads at once. Tesseract releases the GIL while it reads, so the window stays responsive.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from types import TracebackType
from typing import Any

from PIL import Image, ImageChops, ImageOps, ImageStat

from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.domain.text_match import clean_reading
from netralitas_desktop.paths import resources_dir

LANGUAGES = "ind+eng"
PIPELINE = 1  # raised whenever the preprocessing changes what is read (it is part of the engine's label)
DARK_MEAN = 128  # mean luminance below this: dark mode, inverted
TARGET_LINE_PX = 32  # upscale until the median text line is this high …
MAX_SCALE = 3.0  # … but never more than this
FLAT_BACKGROUND = 0.25  # share of the most common grey level below which a picture is photo- or video-like
WHITE_TEXT = 230  # min(R, G, B) at or above this: white caption text over a picture
MODELS = ("ind.traineddata", "eng.traineddata")


class OcrUnavailable(NetralitasError):
    """The OCR cannot run in this installation (tesserocr or its language data missing)."""


def tessdata_dir() -> Path:
    """The folder holding ind.traineddata and eng.traineddata (passed to Tesseract explicitly, never through
    TESSDATA_PREFIX, which may point at another installation's models)."""
    return resources_dir() / "tessdata"


def _tesserocr() -> Any:
    """The tesserocr module, imported on first use: it loads libtesseract (about 40 ms), which only the reader
    needs, not every start of the app."""
    try:
        import tesserocr
    except ImportError as err:  # a build without it: evidence stays waiting, nothing is lost
        raise OcrUnavailable("Pembaca teks gambar (OCR) tidak tersedia di instalasi ini: pustaka tesserocr tidak "
                             f"ditemukan ({err}). Bukti tetap tersimpan dan menunggu dibaca.") from err
    return tesserocr


def engine_label() -> str:
    """What read a text, as recorded with it: Tesseract's version, the languages and models, the pipeline."""
    parts = str(_tesserocr().tesseract_version()).split()
    version = parts[1] if len(parts) > 1 else "?"
    return f"tesseract {version} {LANGUAGES} best_int, praproses {PIPELINE}"


def flat_fraction(image: Image.Image) -> float:
    """Share of the most common grey level: a UI screenshot has a large flat background (0.3–0.8), a video frame
    or photo has little (< 0.2)."""
    histogram = image.convert("L").reduce(4).histogram()
    return max(histogram) / max(1, sum(histogram))


def white_text_mask(image: Image.Image) -> Image.Image:
    """Near-white pixels as black on white: white captions (with a shadow) over a bright video frame."""
    red, green, blue = image.convert("RGB").split()
    darkest = ImageChops.darker(ImageChops.darker(red, green), blue)
    return darkest.point(lambda v: 0 if v >= WHITE_TEXT else 255)


def is_dark(gray: Image.Image) -> bool:
    small = gray.reduce(8) if min(gray.size) >= 64 else gray
    return bool(ImageStat.Stat(small).mean[0] < DARK_MEAN)


class OcrEngine:
    """One Tesseract engine with the screenshot preprocessing; a context manager (closes the engine)."""

    def __init__(self, tessdata: Path | None = None):
        tesserocr = _tesserocr()
        folder = Path(tessdata) if tessdata is not None else tessdata_dir()
        missing = [name for name in MODELS if not (folder / name).is_file()]
        if missing:
            raise OcrUnavailable(f"Data bahasa OCR tidak ditemukan di {folder} ({', '.join(missing)}). Bukti tetap "
                                 "tersimpan dan menunggu dibaca.")
        tesserocr.set_leptonica_log_level(tesserocr.LeptLogLevel.NONE)  # harmless layout warnings on stderr
        self._ril_textline = tesserocr.RIL.TEXTLINE
        try:
            self.api = tesserocr.PyTessBaseAPI(path=str(folder), lang=LANGUAGES, oem=tesserocr.OEM.LSTM_ONLY,
                                               psm=tesserocr.PSM.AUTO)
        except RuntimeError as err:  # a model that cannot be loaded (damaged, or an unreadable path)
            raise OcrUnavailable(f"Data bahasa OCR di {folder} tidak dapat dimuat ({err}).") from err
        # Dark pictures are inverted here; Tesseract's own per-line inversion retry would only cost time.
        self.api.SetVariable("tessedit_do_invert", "0")
        self.label = engine_label()
        self._buffer = b""

    def close(self) -> None:
        self.api.End()

    def __enter__(self) -> OcrEngine:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def _set_image(self, image: Image.Image) -> None:
        # Raw grey bytes: PyTessBaseAPI.SetImage would encode the picture to PNG in memory first.
        gray = image if image.mode == "L" else image.convert("L")
        self._buffer = gray.tobytes()  # kept alive until the text is read
        self.api.SetImageBytes(self._buffer, gray.width, gray.height, 1, gray.width)
        self.api.SetSourceResolution(300)  # only silences "Invalid resolution 0 dpi"

    def _line_heights(self, gray: Image.Image) -> list[int]:
        """Heights of the text lines Tesseract's layout analysis finds (no recognition, about 0.1 s)."""
        self._set_image(gray)
        heights = []
        iterator = self.api.AnalyseLayout()
        if iterator is not None:
            while True:
                box = iterator.BoundingBox(self._ril_textline)
                if box:
                    heights.append(box[3] - box[1])
                if not iterator.Next(self._ril_textline):
                    break
        return heights

    def _prepared(self, image: Image.Image, *, invert: bool | None = None) -> Image.Image:
        """Grey, inverted when dark, upscaled when its text is small."""
        gray = image.convert("L")
        if invert if invert is not None else is_dark(gray):
            gray = ImageOps.invert(gray)
        heights = self._line_heights(gray)
        median = statistics.median(heights) if heights else TARGET_LINE_PX
        if 0 < median < TARGET_LINE_PX:
            scale = round(min(MAX_SCALE, TARGET_LINE_PX / median) * 4) / 4  # 1.25, 1.5, … steps
            if scale > 1:
                gray = gray.resize((round(gray.width * scale), round(gray.height * scale)),
                                   Image.Resampling.BICUBIC)
        return gray

    def _recognise(self, gray: Image.Image) -> str:
        self._set_image(gray)
        text: str = self.api.GetUTF8Text()
        return text

    def read(self, image: Image.Image) -> str:
        """The words of a picture (an RGB image), cleaned (`clean_reading`); '' when it holds none."""
        raw = self._recognise(self._prepared(image))
        if flat_fraction(image) < FLAT_BACKGROUND:
            # Photo- or video-like: white captions over a bright frame are lost in the grey pass; read the
            # near-white pixels too and add the lines not found already.
            seen = {line.strip() for line in raw.splitlines() if line.strip()}
            extra = self._recognise(self._prepared(white_text_mask(image), invert=False))
            raw += "\n" + "\n".join(line for line in extra.splitlines() if line.strip() and line.strip() not in seen)
        return clean_reading(raw)
