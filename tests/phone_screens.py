"""Phone screenshots drawn by the tests themselves (1080×2400, Pillow, the Liberation Sans shipped in resources/):
social-media posts in Indonesian with a candidate's number, hashtags and @accounts, in light or dark mode. Every
word drawn is recorded, so a test knows what the OCR should find. Used by tests/test_ocr.py and bench/bench_ocr.py.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFont

from netralitas_desktop.paths import resources_dir

WIDTH, HEIGHT = 1080, 2400
THEMES = {
    "light": {"bg": (240, 242, 245), "card": (255, 255, 255), "text": (5, 5, 5), "sub": (101, 103, 107),
              "link": (8, 102, 255), "line": (206, 208, 212)},
    "dark": {"bg": (0, 0, 0), "card": (36, 37, 38), "text": (228, 230, 235), "sub": (176, 179, 184),
             "link": (90, 160, 255), "line": (62, 64, 66)},
}
POSTS = [
    ("Hendra Saputra", "hendra.saputra", "Ayo dukung pasangan calon nomor urut 02 pada 14 Februari! #Coblos02 "
                                         "#Pemilu2024"),
    ("Rina Wulandari", "rina.wulandari", "Kampanye akbar hari Sabtu, 10 Februari 2024. Semua relawan wajib hadir! "
                                         "@relawan.toboali #Coblos02"),
    ("Budi Santoso", "budi.santoso88", "Kepala desa harus netral dalam pemilu. Laporkan pelanggaran ke Bawaslu "
                                       "melalui nomor 0812-3456-7890. #NetralitasASN"),
    ("Siti Rahmawati", "siti.rahma", "Terima kasih warga Kecamatan Toboali atas sambutan hangatnya. Bersama kita "
                                     "menangkan nomor 03! #Pilpres2024 @tim.pemenangan03"),
    ("Agus Prasetyo", "aguspras", "Guru honorer diminta memakai kaos relawan saat upacara Senin. Apakah ini boleh? "
                                  "#NetralitasASN"),
    ("Putri Anggraini", "putri.anggraini", "Pembagian sembako gratis di Kelurahan Tanjung Ketapang hari Minggu "
                                           "pukul 09.00, syarat tunjukkan stiker paslon 02."),
    ("Yusuf Hidayat", "yusuf.hidayat", "Rapat koordinasi camat dan lurah membahas pemenangan calon tertentu? Ini "
                                       "jelas melanggar aturan."),
    ("Dewi Kartika", "dewikartika02", "Bagikan sebanyak-banyaknya! Pilih pemimpin yang jujur dan amanah. #Coblos01 "
                                      "@hendra.saputra"),
]


@dataclass
class Screenshot:
    image: Image.Image
    words: list[str] = field(default_factory=list)  # every word drawn, as written

    def png(self) -> bytes:
        buffer = io.BytesIO()
        self.image.save(buffer, "PNG")
        return buffer.getvalue()


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    return ImageFont.truetype(str(resources_dir() / "fonts" / name), size)


def render(posts: list[tuple[str, str, str]], *, theme: str = "light", size: int = 34, seed: int = 0,
           clock: str = "10:42") -> Screenshot:
    """A Facebook-like feed of `posts` (name, account, text) at phone resolution; `size` is the body text height."""
    colours = THEMES[theme]
    image = Image.new("RGB", (WIDTH, HEIGHT), colours["card"])
    draw = ImageDraw.Draw(image)
    shot = Screenshot(image)
    rng = random.Random(seed)

    def text(x: float, y: float, words: str, face: ImageFont.FreeTypeFont, colour) -> None:
        draw.text((x, y), words, font=face, fill=colour)
        shot.words += words.split()

    bold, body, small = font(size, True), font(size), font(round(size * 0.8))
    text(48, 24, clock, font(34, True), colours["text"])
    text(40, 110, "facebook", font(round(size * 1.5), True), colours["link"])
    y = 110 + round(size * 2.6)
    for name, account, words in posts:
        if y + 8 * size > HEIGHT - 80:
            break
        draw.rectangle((0, y, WIDTH, y + 14), fill=colours["bg"])  # the gap between two posts
        y += 14
        draw.ellipse((36, y + 24, 36 + 2 * size, y + 24 + 2 * size), fill=tuple(rng.randint(60, 220) for _ in "rgb"))
        text(60 + 2 * size, y + 20, name, bold, colours["text"])
        text(60 + 2 * size, y + 20 + round(size * 1.3), f"@{account} · {rng.randint(2, 9)} jam", small,
             colours["sub"])
        y += 40 + round(size * 2.6)
        line = ""
        for word in words.split():
            if body.getlength(f"{line} {word}".strip()) > WIDTH - 80:
                _line(draw, shot, 40, y, line, body, colours)
                y += round(size * 1.35)
                line = word
            else:
                line = f"{line} {word}".strip()
        if line:
            _line(draw, shot, 40, y, line, body, colours)
            y += round(size * 1.35)
        likes = f"{rng.randint(2, 99)} rb"
        text(40, y + 10, likes, small, colours["sub"])
        comments = f"{rng.randint(3, 900)} komentar"
        text(WIDTH - 40 - small.getlength(comments), y + 10, comments, small, colours["sub"])
        y += round(size * 1.4) + 20
        draw.line((40, y, WIDTH - 40, y), fill=colours["line"], width=2)
        for index, label in enumerate(("Suka", "Komentar", "Bagikan")):
            centre = WIDTH * (2 * index + 1) / 6
            text(centre - bold.getlength(label) / 2, y + 18, label, font(round(size * 0.9), True), colours["sub"])
        y += round(size * 2.4)
    return shot


def _line(draw: ImageDraw.ImageDraw, shot: Screenshot, x: float, y: float, line: str,
          face: ImageFont.FreeTypeFont, colours: dict) -> None:
    for word in line.split(" "):
        draw.text((x, y), word, font=face, fill=colours["link"] if word[:1] in "#@" else colours["text"])
        x += face.getlength(word + " ")
    shot.words += line.split()


def as_jpeg(image: Image.Image, quality: int = 70) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def whatsapp_copy(image: Image.Image) -> bytes:
    """What a screenshot becomes after WhatsApp: two thirds the size, JPEG at quality 70."""
    small = image.resize((image.width * 2 // 3, image.height * 2 // 3), Image.Resampling.LANCZOS)
    return as_jpeg(small)


def cropped(image: Image.Image, share: float = 0.05) -> Image.Image:
    """The picture with `share` cut from every side."""
    w, h = image.size
    return image.crop((round(w * share), round(h * share), w - round(w * share), h - round(h * share)))
