"""Names of places and people as printed on reports (region names, signing place, subject types)."""

from __future__ import annotations

import re

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.domain.regions import RegionIndex


def region_full_name(regions: RegionIndex, code: str) -> str:
    """ "Desa Rias, Kecamatan Toboali, Kabupaten Bangka Selatan, Provinsi Kepulauan Bangka Belitung"."""
    if not code or code not in regions:
        return code or ""
    name = regions.full_name(code)
    province = regions.ancestors(code)[0].name
    if name.endswith(province) and not province.lower().startswith("provinsi"):
        name = name[: -len(province)] + "Provinsi " + province
    return name


def region_short_name(regions: RegionIndex, code: str) -> str:
    """ "Rias, Toboali": village and district only, for narrow table columns."""
    if not code or code not in regions:
        return code or ""
    chain = regions.ancestors(code)
    if len(chain) >= 4:
        return f"{chain[3].name}, {chain[2].name}"
    return chain[-1].name


def district_label(regions: RegionIndex, code: str, *, with_regency: bool, within: str = "") -> str:
    """A kecamatan as a recap row: "Toboali", or "Toboali (Kab. Bangka Selatan)" across regencies; a desa: "Rias",
    or "Rias (Kec. Payung)" when it lies outside the kecamatan `within` (a finding handed over)."""
    if not code or code not in regions:
        return code or "(tanpa wilayah)"
    chain = regions.ancestors(code)
    name = chain[-1].name
    if len(chain) >= 4:
        outside = within and not code.startswith(within + ".") and code != within
        return f"{name} (Kec. {chain[2].name})" if outside or (with_regency and not within) else name
    if with_regency and len(chain) >= 2:
        regency = chain[1].name.replace("Kabupaten ", "Kab. ")
        return f"{name} ({regency})"
    return name


def area_word(area: str) -> str:
    """A recap's breakdown as its tables name it: "Kecamatan" or "Desa/Kelurahan"."""
    return "Desa/Kelurahan" if area == "desa" else "Kecamatan"


def area_within(store: Store, filt: FindingFilter) -> str:
    """The kecamatan a desa breakdown is about (desas outside it are named with their kecamatan)."""
    region = filt.region or store.office.region_code
    return ".".join(region.split(".")[:3])


def place_of_signing(store: Store) -> str:
    """Where the office signs: setting "signing_place", else the name of the office's own region."""
    explicit = store.setting("signing_place")
    if explicit:
        return str(explicit)
    region = store.regions.get(store.office.region_code)
    if region is None:
        return ""
    return re.sub(r"^(Kabupaten|Kota|Provinsi)\s+", "", region.name)


def subject_type_short(catalog, code: str) -> str:
    """ "PNS" from "Pegawai Negeri Sipil (PNS)"; the catalog name when it has no abbreviation."""
    kind = catalog.employment_types.get(code)
    if kind is None:
        return code or "-"
    match = re.search(r"\(([^)]+)\)\s*$", kind.name)
    if match and match.group(1).isupper():  # an acronym such as PNS or BPD, not a gloss like "(honorer)"
        return match.group(1)
    return kind.name
