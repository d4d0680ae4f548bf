"""ISO 3166 alpha-3 codes for SIPRI's country names (allies are named in milex.reference.alliance)."""

from __future__ import annotations

from functools import cache

# SIPRI spellings that ISO's tables do not carry. None: no single code fits (the entity is
# not a country, or its code was reused), so the code stays missing rather than guessed.
SIPRI_NAMES: dict[str, str | None] = {
    "Brunei": "BRN",
    "Cape Verde": "CPV",
    "Congo, DR": "COD",
    "Congo, Republic": "COG",
    "Cote d'Ivoire": "CIV",
    "Czechoslovakia": "CSK",
    "European Union": None,
    "Gambia, The": "GMB",
    "Korea, North": "PRK",
    "Korea, South": "KOR",
    "Kosovo": "XKX",  # user-assigned code used by the EU and the IMF
    "Russia": "RUS",
    "Timor Leste": "TLS",
    "USSR": "SUN",
    "Yemen, North": None,  # the Yemen Arab Republic (1962-1990) has no code of its own
    "Yugoslavia": "YUG",
}


@cache
def iso3_for(name: str) -> str | None:
    """ISO3 code of a SIPRI country name, or None when there is none to give."""
    if name in SIPRI_NAMES:
        return SIPRI_NAMES[name]
    import pycountry

    for registry in (pycountry.countries, pycountry.historic_countries):
        try:
            return registry.lookup(name).alpha_3
        except LookupError:
            continue
    return None
