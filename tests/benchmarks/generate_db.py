"""A large, realistic database for benchmarks: customers, systems and contacts.

    python tests/benchmarks/generate_db.py OUT.db [--customers N] [--seed S]

Names are mixed Hebrew, Persian and English, the way a provider in Israel with Persian-
speaking customers writes them; systems get host names like srv-db01.acme.local, contacts
E.164 phones (as the application stores them) and e-mail addresses. Rows go in through
SQLAlchemy Core executemany (the ORM would be an order of magnitude slower), then the
search index is built once with `reindex_all`.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert

from accountdesk.domain.phones import country_of_language
from accountdesk.storage import search_index
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database

SYSTEMS_PER_CUSTOMER = 10
CONTACTS_PER_CUSTOMER = 5
DEFAULT_SEED = 7

# ---------------------------------------------------------------- vocabulary

HE_COMPANY_FIRST = [
    "אלקטרה",
    "מגדל",
    "הראל",
    "שטראוס",
    "אסם",
    "תנובה",
    "בזק",
    "אורט",
    "כרמל",
    "גלבוע",
    "ירדן",
    "השרון",
    "הגליל",
    "נגב",
    "ארבל",
    "תבור",
    "עמית",
    "אופק",
    "רימון",
    "דקל",
    "ברוש",
    "אלון",
    "חרמון",
    "מעיין",
    "שקד",
    "צפריר",
    "נחשון",
    "גפן",
    "אשל",
    "ענבל",
]
HE_COMPANY_SECOND = [
    "מערכות",
    "תקשורת",
    "ביטוח",
    "לוגיסטיקה",
    "הנדסה",
    "מזון",
    "פיננסים",
    "תעשיות",
    "שירותים",
    "החזקות",
    "טכנולוגיות",
    "בנייה",
    "סחר",
    "אנרגיה",
    "מחשוב",
    "ייעוץ",
]
HE_INSTITUTIONS = [
    "מרכז רפואי",
    "עיריית",
    "מכללת",
    "בית ספר",
    "קופת חולים",
    "מועצה אזורית",
    "משרד עורכי דין",
]
HE_CITIES = [
    "חולון",
    "חיפה",
    "ירושלים",
    "באר שבע",
    "נתניה",
    "אשדוד",
    "רחובות",
    "כפר סבא",
    "רעננה",
    "הרצליה",
    "עפולה",
    "טבריה",
    "אילת",
    "מודיעין",
    "לוד",
    "רמלה",
    "עכו",
    "צפת",
]
FA_COMPANY_FIRST = [
    "پارس",
    "مهر",
    "سپهر",
    "آریا",
    "کیان",
    "نوین",
    "البرز",
    "زاگرس",
    "خزر",
    "آسیا",
    "ایران",
    "پیشگامان",
    "رایان",
    "داده",
    "سامان",
    "تدبیر",
    "آینده",
    "فردوس",
    "یکتا",
    "کاوه",
]
FA_COMPANY_SECOND = [
    "فناوری",
    "ارتباطات",
    "بیمه",
    "صنایع",
    "بازرگانی",
    "مهندسی",
    "انرژی",
    "داروسازی",
    "حمل و نقل",
    "سرمایه‌گذاری",
    "نرم‌افزار",
    "پردازش",
    "ساختمانی",
    "تجارت",
]
FA_INSTITUTIONS = ["بیمارستان", "شرکت", "دانشگاه", "بانک", "گروه صنعتی", "هلدینگ", "مؤسسه"]
FA_CITIES = [
    "تهران",
    "اصفهان",
    "شیراز",
    "تبریز",
    "مشهد",
    "کرج",
    "قم",
    "رشت",
    "یزد",
    "کرمان",
    "اهواز",
    "همدان",
    "ساری",
    "کاشان",
]
EN_COMPANY_FIRST = [
    "Acme",
    "Blue River",
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Tyrell",
    "Cyberdyne",
    "Hooli",
    "Vandelay",
    "Soylent",
    "Massive",
    "Oceanic",
    "Pinnacle",
    "Summit",
    "Redwood",
    "Silverline",
    "Bright",
    "Atlas",
    "Orion",
]
EN_COMPANY_SECOND = [
    "Logistics",
    "Health",
    "Insurance",
    "Systems",
    "Foods",
    "Capital",
    "Energy",
    "Labs",
    "Networks",
    "Retail",
    "Pharma",
    "Media",
    "Consulting",
    "Manufacturing",
]
EN_SUFFIXES = ["Ltd", "Inc", "Group", "Holdings", "", ""]
INDUSTRIES = [
    "בריאות",
    "ביטוח",
    "בנקאות",
    "קמעונאות",
    "תעשייה",
    "חינוך",
    "רשות מקומית",
    "משפטים",
    "بهداشت و درمان",
    "بیمه",
    "بانکداری",
    "صنعت",
    "آموزش",
    "بازرگانی",
    "Healthcare",
    "Insurance",
    "Banking",
    "Retail",
    "Manufacturing",
    "Logistics",
    "Legal",
]
SYSTEMS = [
    ("Exchange", "mail", "דואר אלקטרוני"),
    ("Active Directory", "dc", "ניהול משתמשים"),
    ("SQL Server", "db", "בסיס נתונים מרכזי"),
    ("Oracle", "ora", "ERP"),
    ("SAP ERP", "sap", "ניהול משאבים"),
    ("Priority", "prio", "הנהלת חשבונות"),
    ("שרת קבצים", "fs", "שיתוף קבצים"),
    ("מרכזיה", "pbx", "טלפוניה"),
    ("חומת אש", "fw", "אבטחת מידע"),
    ("גיבוי", "bkp", "גיבוי ושחזור"),
    ("سامانه حسابداری", "acc", "حسابداری"),
    ("سرور ایمیل", "mail", "پست الکترونیک"),
    ("پایگاه داده", "db", "پایگاه داده مرکزی"),
    ("سامانه منابع انسانی", "hr", "منابع انسانی"),
    ("فایروال", "fw", "امنیت شبکه"),
    ("VMware vSphere", "esx", "Virtualisation"),
    ("Web portal", "web", "Customer portal"),
    ("CRM", "crm", "Customer relationship management"),
    ("Backup", "bkp", "Backup and restore"),
    ("Core switch", "sw", "Network"),
]
VERSIONS = ["2016", "2019", "2022", "7.0.3", "15.2.1", "12c", "S/4HANA 2023", "8.1", "R2"]
HOST_PREFIXES = ["srv", "vm", "app", "prd", "tst", "dr"]
HE_FIRST = [
    "יוסי",
    "דנה",
    "משה",
    "רונית",
    "אבי",
    "מיכל",
    "דוד",
    "שרה",
    "אורי",
    "נועה",
    "איתי",
    "תמר",
]
HE_LAST = ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא", "גולן", "ברק"]
FA_FIRST = [
    "علی",
    "مریم",
    "رضا",
    "زهرا",
    "محمد",
    "فاطمه",
    "امید",
    "نرگس",
    "کاوه",
    "شیرین",
    "یاسر",
    "الهام",
]
FA_LAST = ["رحیمی", "حسینی", "کریمی", "احمدی", "محمدی", "رضایی", "موسوی", "جعفری", "صادقی", "کاظمی"]
EN_FIRST = [
    "John",
    "Sarah",
    "Michael",
    "Emily",
    "David",
    "Laura",
    "Daniel",
    "Rachel",
    "Kevin",
    "Anna",
]
EN_LAST = [
    "Smith",
    "Johnson",
    "Brown",
    "Miller",
    "Davis",
    "Wilson",
    "Taylor",
    "Clark",
    "Lewis",
    "Walker",
]
LATIN = {
    "יוסי": "yossi",
    "דנה": "dana",
    "משה": "moshe",
    "רונית": "ronit",
    "אבי": "avi",
    "מיכל": "michal",
    "דוד": "david",
    "שרה": "sarah",
    "אורי": "uri",
    "נועה": "noa",
    "איתי": "itay",
    "תמר": "tamar",
    "כהן": "cohen",
    "לוי": "levi",
    "מזרחי": "mizrahi",
    "פרץ": "peretz",
    "ביטון": "biton",
    "אברהם": "avraham",
    "פרידמן": "friedman",
    "שפירא": "shapira",
    "גולן": "golan",
    "ברק": "barak",
    "علی": "ali",
    "مریم": "maryam",
    "رضا": "reza",
    "زهرا": "zahra",
    "محمد": "mohammad",
    "فاطمه": "fatemeh",
    "امید": "omid",
    "نرگس": "narges",
    "کاوه": "kaveh",
    "شیرین": "shirin",
    "یاسر": "yaser",
    "الهام": "elham",
    "رحیمی": "rahimi",
    "حسینی": "hosseini",
    "کریمی": "karimi",
    "احمدی": "ahmadi",
    "محمدی": "mohammadi",
    "رضایی": "rezaei",
    "موسوی": "mousavi",
    "جعفری": "jafari",
    "صادقی": "sadeghi",
    "کاظمی": "kazemi",
}
ROLES = [
    "מנהל מערכות מידע",
    "מנכ״ל",
    "סמנכ״ל כספים",
    "אחראי תקשורת",
    "מנהלת משרד",
    "مدیر فناوری اطلاعات",
    "کارشناس شبکه",
    "مدیر مالی",
    "مدیرعامل",
    "IT manager",
    "CFO",
    "Network engineer",
    "Office manager",
    "CTO",
]


@dataclass(frozen=True)
class Sizes:
    customers: int = 10_000
    systems: int = 100_000
    contacts: int = 50_000


# ---------------------------------------------------------------- rows


def customer_names(rng: random.Random, count: int) -> list[str]:
    makers = [_hebrew_company, _persian_company, _english_company]
    names: dict[str, None] = {}
    while len(names) < count:
        name = rng.choice(makers)(rng)
        if name in names:
            name = f"{name} {len(names)}"  # a branch number keeps names unique
        names[name] = None
    return list(names)


def _hebrew_company(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"{rng.choice(HE_INSTITUTIONS)} {rng.choice(HE_CITIES)}"
    return f"{rng.choice(HE_COMPANY_FIRST)} {rng.choice(HE_COMPANY_SECOND)} בע״מ"


def _persian_company(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"{rng.choice(FA_INSTITUTIONS)} {rng.choice(FA_CITIES)}"
    return f"شرکت {rng.choice(FA_COMPANY_SECOND)} {rng.choice(FA_COMPANY_FIRST)}"


def _english_company(rng: random.Random) -> str:
    parts = [rng.choice(EN_COMPANY_FIRST), rng.choice(EN_COMPANY_SECOND), rng.choice(EN_SUFFIXES)]
    return " ".join(p for p in parts if p)


def customer_rows(rng: random.Random, count: int) -> list[dict]:
    return [
        {
            "id": i,
            "name": name,
            "industry": rng.choice(INDUSTRIES),
            "document_language": _language(name),
            "country": country_of_language(_language(name)),
        }
        for i, name in enumerate(customer_names(rng, count), start=1)
    ]


def _language(name: str) -> str:
    if any("\u0590" <= ch <= "\u05ff" for ch in name):
        return "he"
    return "fa" if any("\u0600" <= ch <= "\u06ff" for ch in name) else "en"


def system_rows(rng: random.Random, count: int, customers: int, start: int = 0) -> list[dict]:
    """`count` systems from the `start`-th on: calls in turn with the same `rng` make
    the same rows as one call for all of them."""
    rows = []
    for i in range(start, start + count):
        customer_id = i % customers + 1
        number = i // customers + 1
        name, role, function = rng.choice(SYSTEMS)
        rows.append(
            {
                "id": i + 1,
                "customer_id": customer_id,
                "position": number,
                "name": f"{name} {number}",
                "business_function": function,
                "version": rng.choice(VERSIONS),
                "host": _host(rng, role, customer_id),
                "address": f"10.{customer_id % 250}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                "serial": f"SN{rng.randint(10**7, 10**8 - 1)}",
            }
        )
    return rows


def _host(rng: random.Random, role: str, customer_id: int) -> str:
    """'prd-db07.acme12.local'."""
    prefix, number = rng.choice(HOST_PREFIXES), rng.randint(1, 20)
    return f"{prefix}-{role}{number:02d}.{slug(customer_id)}.local"


def slug(customer_id: int) -> str:
    """A customer's domain label: 'acme12'."""
    word = EN_COMPANY_FIRST[customer_id % len(EN_COMPANY_FIRST)].split()[0].lower()
    return f"{word}{customer_id}"


def contact_rows(rng: random.Random, count: int, customers: int) -> list[dict]:
    rows = []
    for i in range(count):
        customer_id = i % customers + 1
        first, last = _person(rng)
        rows.append(
            {
                "id": i + 1,
                "customer_id": customer_id,
                "position": i // customers,
                "name": f"{first} {last}",
                "role": rng.choice(ROLES),
                "phone": _phone(rng, mobile=False),
                "mobile": _phone(rng, mobile=True) if rng.random() < 0.7 else "",
                "email": _email(first, last, customer_id),
            }
        )
    return rows


def _email(first: str, last: str, customer_id: int) -> str:
    local = f"{LATIN.get(first, first)}.{LATIN.get(last, last)}".lower()
    return f"{local}@{slug(customer_id)}.co.il"


def _person(rng: random.Random) -> tuple[str, str]:
    firsts, lasts = rng.choice([(HE_FIRST, HE_LAST), (FA_FIRST, FA_LAST), (EN_FIRST, EN_LAST)])
    return rng.choice(firsts), rng.choice(lasts)


def _phone(rng: random.Random, *, mobile: bool) -> str:
    """E.164, as the application stores a validated phone."""
    if rng.random() < 0.75:
        prefix = rng.choice(["50", "52", "54"]) if mobile else rng.choice(["2", "3", "4", "8", "9"])
        return f"+972{prefix}{rng.randint(10**6, 10**7 - 1)}"
    if mobile:
        return f"+98{rng.choice(['912', '935'])}{rng.randint(10**6, 10**7 - 1)}"
    return f"+98{rng.choice(['21', '31', '51'])}{rng.randint(10**7, 10**8 - 1)}"


# ---------------------------------------------------------------- writing


def make_rows(sizes: Sizes = Sizes(), seed: int = DEFAULT_SEED) -> tuple[list, list, list]:
    """Customers, systems and contacts as dicts; the same for the same sizes and seed."""
    rng = random.Random(seed)
    return (
        customer_rows(rng, sizes.customers),
        system_rows(rng, sizes.systems, sizes.customers),
        contact_rows(rng, sizes.contacts, sizes.customers),
    )


def generate(path: Path, sizes: Sizes = Sizes(), seed: int = DEFAULT_SEED) -> dict[str, float]:
    """Write the database; return how long each step took, in seconds.

    The rows of `make_rows`, made, inserted and indexed SYSTEM_CHUNK systems at a time:
    a million systems never stand in memory at once."""
    started = time.perf_counter()
    rng = random.Random(seed)
    db = Database(path, create=True)
    try:
        with db.transaction() as session:
            connection = session.connection()
            search_index.drop_index(connection)
            search_index.ensure_index(connection)
            with search_index.merging_deferred(connection):
                customers = customer_rows(rng, sizes.customers)
                connection.execute(insert(t.Customer.__table__), customers)
                documents = [search_index.customer_document(_Row(row)) for row in customers]
                search_index.write_documents(connection, documents)
                for start in range(0, sizes.systems, SYSTEM_CHUNK):
                    count = min(SYSTEM_CHUNK, sizes.systems - start)
                    systems = system_rows(rng, count, sizes.customers, start)
                    connection.execute(insert(t.System.__table__), systems)
                    search_index.write_entries(connection, [_system_entry(r) for r in systems])
                contacts = contact_rows(rng, sizes.contacts, sizes.customers)
                connection.execute(insert(t.Contact.__table__), contacts)
                country = {row["id"]: row["country"] for row in customers}
                documents = [
                    search_index.contact_document(_Row(row), country[row["customer_id"]])
                    for row in contacts
                ]
                search_index.write_documents(connection, documents)
            search_index.optimise(connection)
    finally:
        db.close()
    return {"rows and index": time.perf_counter() - started}


SYSTEM_CHUNK = 20_000


class _Row:
    """A generated row's values as attributes, as the index reads a table's row."""

    def __init__(self, values: dict) -> None:
        self.__dict__.update(values)


def _system_entry(row: dict) -> search_index.Entry:
    fields = (row[name] for name in search_index.SYSTEM_SEARCHED)
    return search_index.system_entry(row["id"], row["customer_id"], *fields)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--customers", type=int, default=Sizes.customers)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists; give a new file")
    n = args.customers
    sizes = Sizes(n, n * SYSTEMS_PER_CUSTOMER, n * CONTACTS_PER_CUSTOMER)
    for step, seconds in generate(args.out, sizes, args.seed).items():
        print(f"{step:12} {seconds:7.2f} s")


if __name__ == "__main__":
    main()
