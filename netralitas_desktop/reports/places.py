"""Names of places and people as printed on reports (region names, signing place, subject types)."""

from __future__ import annotations

import re

from netralitas_desktop.data.store import Store
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


def district_label(regions: RegionIndex, code: str, *, with_regency: bool) -> str:
    """A kecamatan as a recap row: "Toboali", or "Toboali (Kab. Bangka Selatan)" across regencies."""
    if not code or code not in regions:
        return code or "(tanpa wilayah)"
    chain = regions.ancestors(code)
    name = chain[-1].name
    if with_regency and len(chain) >= 2:
        regency = chain[1].name.replace("Kabupaten ", "Kab. ")
        return f"{name} ({regency})"
    return name


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
