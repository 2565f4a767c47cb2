"""The raw material of a generated lessons export: word pools, prose in three languages, codes, CSV writing.

Used by tests/spreadsheets/layouts.py, which lays it out the ways real exports do.
"""
from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from pathlib import Path

SUBJECTS = ["The National Society", "Branch volunteers", "The DREF operation", "The logistics team", "Community committees",
            "The PMER focal point", "Partner National Societies", "Local authorities", "The health teams",
            "The cash and voucher team", "Youth volunteers", "The emergency operations centre", "The shelter cluster",
            "Field staff", "The IFRC country delegation"]
ACTIONS = ["struggled to", "managed to", "needed more time to", "were able to", "did not have the capacity to",
           "found it hard to", "succeeded in planning to", "took three weeks to", "could only partly"]
OBJECTS = ["reach remote communities before the rains", "procure hygiene kits locally", "register households for cash",
           "train volunteers in psychosocial first aid", "coordinate with the ministry of health",
           "keep beneficiary lists up to date", "share feedback with the affected people", "store relief items safely",
           "deploy surge staff in time", "report on expenditure by the deadline", "pre-position stock in the branches",
           "agree on targeting criteria with the authorities", "monitor distributions in insecure areas",
           "translate messages into local languages", "replace damaged water pumps", "insure volunteers before deployment"]
CAUSES = ["because the roads were cut by floods", "since stock had been pre-positioned", "as the procurement rules were unclear",
          "because the budget was approved late", "thanks to an existing agreement with suppliers",
          "because volunteer turnover was high", "since the mobile network was down for days",
          "as the assessment data were incomplete", "because no framework agreement existed",
          "thanks to the early warning received from the meteorological office"]
FOLLOW = ["This delayed the distribution by two weeks.", "Future operations should budget for this from the start.",
          "A checklist was later shared with all branches.", "The lesson was discussed at the final review workshop.",
          "It is recommended to plan this activity in the first month.", "The same issue was noted in the previous operation.",
          "Communities said they valued being consulted.", "Costs rose by about 15 % as a result.",
          "Coordination meetings were then held weekly.", "More women volunteers were recruited in the second phase."]

FR = (["La Société nationale", "Les volontaires de la branche", "L'opération DREF", "L'équipe logistique",
       "Les comités communautaires", "Les autorités locales", "Les équipes de santé", "Le personnel de terrain"],
      ["a eu du mal à", "a réussi à", "a mis trois semaines à", "n'a pas pu", "a dû attendre pour"],
      ["atteindre les communautés isolées avant les pluies", "acheter les kits d'hygiène sur place",
       "enregistrer les ménages pour les transferts monétaires", "former les volontaires aux premiers secours psychologiques",
       "coordonner avec le ministère de la santé", "tenir à jour les listes de bénéficiaires", "stocker les articles de secours",
       "déployer le personnel d'appui à temps", "rendre compte des dépenses dans les délais"],
      ["car les routes étaient coupées", "grâce au stock prépositionné", "car les règles d'achat n'étaient pas claires",
       "car le budget a été approuvé tard", "grâce à un accord existant avec les fournisseurs"],
      ["La distribution a pris deux semaines de retard.", "Les prochaines opérations devraient le prévoir dès le début.",
       "Une liste de contrôle a ensuite été partagée.", "Les communautés ont apprécié d'être consultées."])
ES = (["La Sociedad Nacional", "Los voluntarios de la filial", "La operación DREF", "El equipo de logística",
       "Los comités comunitarios", "Las autoridades locales", "Los equipos de salud", "El personal de campo"],
      ["tuvo dificultades para", "logró", "tardó tres semanas en", "no pudo", "necesitó más tiempo para"],
      ["llegar a las comunidades aisladas antes de las lluvias", "comprar los kits de higiene en el país",
       "registrar a los hogares para las transferencias", "capacitar a los voluntarios en primeros auxilios psicológicos",
       "coordinar con el ministerio de salud", "mantener al día las listas de beneficiarios", "almacenar los artículos de socorro",
       "desplegar al personal de apoyo a tiempo", "informar sobre los gastos en el plazo"],
      ["porque las carreteras estaban cortadas", "gracias al stock preposicionado", "porque las reglas de compra no eran claras",
       "porque el presupuesto se aprobó tarde", "gracias a un acuerdo existente con los proveedores"],
      ["La distribución se retrasó dos semanas.", "Las próximas operaciones deberían preverlo desde el inicio.",
       "Luego se compartió una lista de verificación.", "Las comunidades valoraron ser consultadas."])

COUNTRIES = ["Fiji", "Bangladesh", "Kenya", "Nepal", "Colombia", "Haiti", "Lebanon", "Ukraine", "Philippines", "Mozambique",
             "Sudan", "Peru", "Viet Nam", "Malawi", "Syrian Arab Republic", "Niger", "Honduras", "Ethiopia"]
PAYS = ["Népal", "Sénégal", "Côte d'Ivoire", "Haïti", "Tchad", "Niger", "Mali", "Bénin", "Burkina Faso", "Madagascar"]
PAISES = ["Perú", "Colombia", "Honduras", "Guatemala", "México", "Bolivia", "Ecuador", "Panamá", "Chile", "Venezuela"]
REGIONS = ["Asia Pacific", "Africa", "Americas", "Europe", "MENA"]
SECTORS = ["Health", "Shelter", "Livelihoods and basic needs", "WASH", "Protection, Gender and Inclusion", "Migration",
           "Disaster risk reduction", "Community engagement and accountability"]
COMPONENTS = ["Logistics - Supply chain", "Coordination with authorities", "Cash and voucher assistance", "Volunteer management",
              "Information management", "Finance and admin", "Early warning", "Needs assessment", "Safety and security"]
HAZARDS = ["Flood", "Cyclone", "Drought", "Earthquake", "Epidemic", "Population movement", "Volcanic eruption"]
ISO2 = ["FJ", "BD", "KE", "NP", "CO", "HT", "LB", "UA", "PH", "MZ", "SD", "PE", "VN", "MW", "SY", "NE", "HN", "ET"]


@dataclass
class Layout:
    """One export: its file and what a right import makes of it."""

    name: str
    path: Path
    expected: dict[str, str | None]  # field: header that must be chosen (None: no column for it)
    rows: int  # rows with something in them, after the header
    keep: int  # rows with a distinct non-empty text, in a row that fits the header
    skipped_reasons: dict[str, int] = field(default_factory=dict)  # a reason an import must give: for how many rows


class Prose:
    """Operational-learning sentences in one language, deterministic for a seed."""

    def __init__(self, rng: random.Random, parts=None):
        self.rng = rng
        self.subjects, self.actions, self.objects, self.causes, self.follow = parts or (SUBJECTS, ACTIONS, OBJECTS, CAUSES, FOLLOW)

    def excerpt(self) -> str:
        pick = self.rng.choice
        first = f"{pick(self.subjects)} {pick(self.actions)} {pick(self.objects)} {pick(self.causes)}."
        more = self.rng.sample(self.follow, k=self.rng.randint(0, 2))
        if self.rng.random() < 0.3:
            more.insert(0, f"In {pick(['March', 'June', 'the first month', 'the second phase', 'the dry season'])}, "
                           f"{pick(self.subjects).lower()} {pick(self.actions)} {pick(self.objects)}.")
        return " ".join([first, *more])

    def original(self, edited: str) -> str:
        """The excerpt as the report had it before a learning team edited it: longer and rougher."""
        return ("As per the final report, " + edited.replace("The National Society", "the NS")
                .replace("volunteers", "vols") + " (see section 4.2 of the report).")


def excerpts(rng: random.Random, rows: int, prose: Prose, *, repeat_for_sectors: float = 0.0, empty: float = 0.0):
    """Row texts: each excerpt once, or repeated on the next rows (one per sector it was tagged
    with), some left empty; every text differs from every other excerpt."""
    texts: list[str] = []
    seen: set[str] = set()
    while len(texts) < rows:
        text = prose.excerpt()
        if text in seen:
            continue
        seen.add(text)
        copies = 1 + (rng.random() < repeat_for_sectors) * rng.randint(1, 2)
        texts += ["" if rng.random() < empty else text] * copies
    return texts[:rows]


def distinct(texts: list[str]) -> int:
    return len({" ".join(t.split()) for t in texts if t.strip()})


def appeal_codes(rng: random.Random, rows: int) -> list[str]:
    """Appeal codes as operations are numbered: the same code on dozens of consecutive rows."""
    codes: list[str] = []
    while len(codes) < rows:
        code = f"MDR{rng.choice(ISO2)}{rng.randint(1, 45):03d}"
        codes += [code] * rng.randint(8, 60)
    return codes[:rows]


def write_rows(path: Path, headers: list[str], rows: list[list], *, delimiter: str = ",", encoding: str = "utf-8",
               raw_lines: dict[int, str] | None = None) -> Path:
    """`raw_lines`: row index to a line written as is, unquoted, in place of that row."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for number, row in enumerate(rows):
        if raw_lines and number in raw_lines:
            buffer.write(raw_lines[number] + "\r\n")
        else:
            writer.writerow(row)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path
