"""The provider's people in the demo: account managers, supporters, escalation managers.

One provider with teams working in Hebrew, Persian, Arabic and English; each customer names
its account manager and supporters from here.
"""

from accountdesk.domain.enums import StaffRole
from accountdesk.domain.service_file import StaffRef

# Hebrew-speaking team
DANA = "דנה לוי"
URI = "אורי בן-דוד"
MICHAL = "מיכל אברהם"
YOSSI = "יוסי מזרחי"
RONIT = "רונית שפירא"
# Persian-speaking team
MARYAM = "مریم احمدی"
ALI = "علی رضایی"
SARA = "سارا محمدی"
HOSSEIN = "حسین کریمی"
# Arabic-speaking team, in Cairo
REEM = "ريم الشريف"
KARIM = "كريم عبد الحميد"
MONA = "منى السيد"
TAREK = "طارق منصور"
# English-speaking team
SARAH = "Sarah Collins"
JAMES = "James Whitaker"
PRIYA = "Priya Nair"
TOM = "Tom Fletcher"

STAFF = [
    StaffRef(DANA, StaffRole.ACCOUNT_MANAGER, "dana.levi@ofek-it.co.il", "+972 3-761-2200"),
    StaffRef(URI, StaffRole.SUPPORTER, "uri.bd@ofek-it.co.il", "+972 52-718-4411"),
    StaffRef(MICHAL, StaffRole.SUPPORTER, "michal.a@ofek-it.co.il", "+972 54-662-9031"),
    StaffRef(YOSSI, StaffRole.ESCALATION_MANAGER, "yossi.m@ofek-it.co.il", "+972 50-733-1288"),
    StaffRef(RONIT, StaffRole.MANAGEMENT, "ronit.s@ofek-it.co.il", "+972 3-761-2201"),
    StaffRef(MARYAM, StaffRole.ACCOUNT_MANAGER, "m.ahmadi@ofoghit.ir", "+98 21 8860 4410"),
    StaffRef(ALI, StaffRole.SUPPORTER, "a.rezaei@ofoghit.ir", "+98 912 304 5521"),
    StaffRef(SARA, StaffRole.SUPPORTER, "s.mohammadi@ofoghit.ir", "+98 913 118 7702"),
    StaffRef(HOSSEIN, StaffRole.ESCALATION_MANAGER, "h.karimi@ofoghit.ir", "+98 21 8860 4400"),
    StaffRef(REEM, StaffRole.ACCOUNT_MANAGER, "reem.elsherif@ofoq-it.com.eg", "+20 2 2461 7700"),
    StaffRef(KARIM, StaffRole.SUPPORTER, "karim.abdelhamid@ofoq-it.com.eg", "+20 100 234 5167"),
    StaffRef(MONA, StaffRole.SUPPORTER, "mona.elsayed@ofoq-it.com.eg", "+20 122 418 9035"),
    StaffRef(
        TAREK, StaffRole.ESCALATION_MANAGER, "tarek.mansour@ofoq-it.com.eg", "+20 2 2461 7701"
    ),
    StaffRef(
        SARAH, StaffRole.ACCOUNT_MANAGER, "sarah.collins@horizon-it.co.uk", "+44 20 7946 0311"
    ),
    StaffRef(JAMES, StaffRole.SUPPORTER, "james.whitaker@horizon-it.co.uk", "+44 7400 123412"),
    StaffRef(PRIYA, StaffRole.SUPPORTER, "priya.nair@horizon-it.co.uk", "+44 7400 123518"),
    StaffRef(
        TOM, StaffRole.ESCALATION_MANAGER, "tom.fletcher@horizon-it.co.uk", "+44 20 7946 0399"
    ),
]
