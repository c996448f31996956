"""What names a currency in contract text, and rough exchange rates for comparing prices.

Data only (read by :mod:`bpolint.nlp.numbers` and the engine's money conditions):

* ISO 4217 codes, written in capitals, count only beside an amount ("ZAR 45.00",
  "1 250 SEK"). A code that is also a word or a common abbreviation ("ALL", "TOP",
  "SDG" for the development goals, "SSP" for statutory sick pay) never counts; one
  that is often something else beside a number ("PHP 8", "CRC 32", "SCR 150")
  counts only when the amount reads as a price (see ``AMBIGUOUS_CODES``).
* Symbols and prefixed dollars ("NZ$", "R$", "₱"), and the short local signs that
  are letters ("R", "kr", "RM", "Rp"), which are read only right beside an amount.
* Currency words after an amount ("45 rand", "12 Australian dollars", "pounds sterling").
* ``INDICATIVE_USD``: a range of US dollars per unit for the currencies most often
  seen in outsourcing contracts. It is not a live rate: it spans roughly the
  2020-2026 trading range, so that a price can be set against a benchmark band
  stated in another currency "at any plausible rate" (a figure is flagged only when
  it falls outside the band at every rate in the range). A currency without a range
  is not compared.
"""

from __future__ import annotations

# ISO 4217 active codes (2024), plus RMB (written for the yuan in Chinese contracts) and CLF, the ISO code of
# Chile's Unidad de Fomento, the inflation-indexed unit of account Chilean contracts price in ("UF 0.16").
ISO_CODES = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF
CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG
HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA
MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD
RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH
UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL RMB CLF
""".split())
# English words or abbreviations a contract uses beside numbers far more often than the currency:
# "ALL 12 MONTHS", "TOP 10", "SDG 13", "SSP 116.75" (statutory sick pay, in pounds), "CVE-2024-1234".
NOT_CURRENCY = frozenset({"ALL", "TOP", "CUP", "SOS", "CVE", "SSP", "SDG"})
# Codes that are also something else beside a number ("PHP 8.2", "CRC 32", "SCR 150%", "IRR 12",
# "MNT 4", "BTN 2"): a currency only when the amount reads as a price (see numbers._priced).
AMBIGUOUS_CODES = frozenset({"PHP", "TRY", "SAR", "MAD", "GEL", "PEN", "BOB", "BAM", "MOP", "NAD", "AMD", "SVC",
                             "MDL", "TMT", "BTN", "MNT", "CDF", "IRR", "SCR", "CRC", "DOP", "ANG", "ERN", "PAB",
                             "GMD", "LAK", "SHP", "STN", "MGA", "BIF", "LSL", "KMF", "TND"})
CODE_ALIASES = {"RMB": "CNY"}

# Signs before an amount (longest first where one begins another: "NZ$" before "$").
SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "A$": "AUD", "AU$": "AUD", "AUD$": "AUD", "C$": "CAD",
    "CA$": "CAD", "CAN$": "CAD", "CDN$": "CAD", "NZ$": "NZD", "NZD$": "NZD", "S$": "SGD", "SG$": "SGD",
    "HK$": "HKD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "Mex$": "MXN", "CN¥": "CNY", "RMB¥": "CNY",
    "$": "USD", "£": "GBP", "€": "EUR", "₹": "INR", "¥": "JPY", "₱": "PHP", "₩": "KRW", "₦": "NGN", "₺": "TRY",
    "₪": "ILS", "₽": "RUB", "₫": "VND", "฿": "THB", "₴": "UAH", "₸": "KZT", "₡": "CRC", "₲": "PYG", "₵": "GHS",
    "SFr.": "CHF", "SFr": "CHF", "KSh": "KES", "Ksh": "KES",
}
# Signs that are letters: only right beside an amount, and (except Rs) only when it reads as a price.
LETTER_SIGNS = {"R": "ZAR", "RM": "MYR", "Rp": "IDR", "Rs": "INR", "Rs.": "INR", "RS": "INR", "RS.": "INR",
                "kr": "kr", "kr.": "kr", "Kr": "kr", "Kr.": "kr", "KR": "kr", "UF": "CLF"}
# Letter signs that may be something else beside a figure ("R2", "RM 3", "UF 2" an item's label): a currency only
# when the amount reads as a price.
LETTER_SIGNS_PRICED = frozenset({"R", "RM", "Rp", "UF"})
# Signs written after an amount ("45 €", "1 250 kr", "99 zł").
SIGNS_AFTER = {"€": "EUR", "£": "GBP", "kr": "kr", "kr.": "kr", "zł": "PLN", "Kč": "CZK", "₫": "VND", "₺": "TRY",
               "₽": "RUB", "₴": "UAH", "₪": "ILS", "UF": "CLF"}
# "kr" alone does not say whose krona or krone: the unit names the three.
KRONA = "kr"

# Words after an amount, lower case; the adjective before "dollars", "rupees", "pesos" ... picks the country.
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "pounds": "GBP", "euros": "EUR", "euro": "EUR", "rupees": "INR", "rupee": "INR", "rand": "ZAR", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "reais": "BRL", "kronor": "SEK", "krona": "SEK", "kroner": "kr",
    "krone": "kr", "dirhams": "AED", "dirham": "AED", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "riyals": "SAR", "riyal": "SAR", "shekels": "ILS", "zloty": "PLN", "zlotys": "PLN", "naira": "NGN",
}
# "Australian dollars", "Swiss francs", "Mexican pesos": the adjective names the currency.
NATIONAL_WORDS = {
    ("us", "dollars"): "USD", ("u.s.", "dollars"): "USD", ("united states", "dollars"): "USD",
    ("american", "dollars"): "USD", ("australian", "dollars"): "AUD", ("canadian", "dollars"): "CAD",
    ("new zealand", "dollars"): "NZD", ("singapore", "dollars"): "SGD", ("hong kong", "dollars"): "HKD",
    ("taiwan", "dollars"): "TWD", ("new taiwan", "dollars"): "TWD", ("south african", "rand"): "ZAR",
    ("indian", "rupees"): "INR", ("pakistani", "rupees"): "PKR", ("pakistan", "rupees"): "PKR",
    ("sri lankan", "rupees"): "LKR", ("nepalese", "rupees"): "NPR", ("swiss", "francs"): "CHF",
    ("swiss", "franc"): "CHF", ("mexican", "pesos"): "MXN", ("philippine", "pesos"): "PHP",
    ("colombian", "pesos"): "COP", ("chilean", "pesos"): "CLP", ("argentine", "pesos"): "ARS",
    ("brazilian", "reais"): "BRL", ("swedish", "kronor"): "SEK", ("swedish", "krona"): "SEK",
    ("norwegian", "kroner"): "NOK", ("norwegian", "krone"): "NOK", ("danish", "kroner"): "DKK",
    ("danish", "krone"): "DKK", ("uae", "dirhams"): "AED", ("emirati", "dirhams"): "AED",
    ("moroccan", "dirhams"): "MAD", ("saudi", "riyals"): "SAR", ("qatari", "riyals"): "QAR",
    ("malaysian", "ringgit"): "MYR", ("thai", "baht"): "THB", ("indonesian", "rupiah"): "IDR",
    ("korean", "won"): "KRW", ("south korean", "won"): "KRW", ("vietnamese", "dong"): "VND",
    ("turkish", "lira"): "TRY", ("israeli", "shekels"): "ILS", ("polish", "zloty"): "PLN",
    ("nigerian", "naira"): "NGN", ("kenyan", "shillings"): "KES", ("japanese", "yen"): "JPY",
    ("chinese", "yuan"): "CNY", ("hungarian", "forints"): "HUF", ("czech", "korunas"): "CZK",
    ("egyptian", "pounds"): "EGP", ("british", "pounds"): "GBP",
}
# Currencies whose minor unit is not used in practice: "Rp 50.000", "¥1.200" group thousands with a dot.
NO_MINOR_UNIT = frozenset({"JPY", "KRW", "IDR", "VND", "CLP", "PYG", "ISK", "HUF", "UGX", "COP"})

# US dollars per unit, (low, high): indicative, roughly the 2020-2026 range; see the module docstring.
INDICATIVE_USD: dict[str, tuple[float, float]] = {
    "USD": (1.0, 1.0), "EUR": (0.95, 1.25), "GBP": (1.05, 1.45), "CAD": (0.68, 0.82), "AUD": (0.58, 0.80),
    "NZD": (0.55, 0.74), "INR": (0.0110, 0.0140), "ZAR": (0.050, 0.075), "SGD": (0.70, 0.80),
    "HKD": (0.127, 0.129), "CHF": (1.00, 1.28), "JPY": (0.0062, 0.0097), "CNY": (0.135, 0.160),
    "PHP": (0.017, 0.021), "MXN": (0.043, 0.062), "BRL": (0.16, 0.21), "SEK": (0.085, 0.12),
    "NOK": (0.085, 0.12), "DKK": (0.13, 0.17), "kr": (0.085, 0.17), "AED": (0.272, 0.273),
    "SAR": (0.266, 0.267), "QAR": (0.274, 0.275), "MYR": (0.20, 0.25), "THB": (0.026, 0.034),
    "IDR": (0.000060, 0.000072), "KRW": (0.00068, 0.00090), "TWD": (0.030, 0.036), "PLN": (0.22, 0.28),
    "ILS": (0.25, 0.32), "KES": (0.0065, 0.0095), "CZK": (0.040, 0.047),
    # the other outsourcing hubs whose currency has held a range: Vietnam (about 22,800-26,500 dong to the dollar),
    # Romania, Hungary, Colombia, Chile, Bangladesh
    "VND": (0.000037, 0.000044), "RON": (0.20, 0.25), "HUF": (0.0025, 0.0035), "COP": (0.00020, 0.00032),
    "CLP": (0.00100, 0.00145), "BDT": (0.0080, 0.0120),
    # Costa Rica (about 455-690 colones to the dollar over the last decade)
    "CRC": (0.00145, 0.0022),
    # Chile's Unidad de Fomento (UF): about CLP 28,300 (2020) to CLP 39,700 (2026), at 750-1,000 pesos to the dollar
    "CLF": (34.0, 46.0),
}


def known_currency(code: str) -> bool:
    """Is ``code`` a currency a money condition can be stated in (an ISO code, or "kr")?"""
    return code == KRONA or code.upper() in ISO_CODES


def describe(unit: str) -> str:
    """How a report names a currency unit (the Scandinavian "kr" does not say which krona)."""
    return "SEK/NOK/DKK" if unit == KRONA else unit


def in_currency(value: float, unit: str, target: str) -> tuple[float, float] | None:
    """``value`` of ``unit`` expressed in ``target`` as a (low, high) range at the indicative
    rates; exact when the units are the same; ``None`` when either has no indicative rate."""
    if unit == target:
        return value, value
    have, want = INDICATIVE_USD.get(unit), INDICATIVE_USD.get(target)
    if have is None or want is None:
        return None
    return value * have[0] / want[1], value * have[1] / want[0]
