"""Demo customers whose documents are in English: a software house, a school network and
a retail chain, all in England. All names are invented; the landlines are from the
ranges Ofcom keeps for drama, the mobiles from the block phonenumbers gives as its example
(Ofcom's drama mobiles, 07700 900xxx, are not valid numbers)."""

from __future__ import annotations

import datetime as dt

from accountdesk.domain.enums import (
    Channel,
    Criticality,
    Environment,
    ExpectationHolder,
    ExpectationStatus,
    FeedbackChannel,
    ItilRelation,
    KnowledgeLevel,
    Language,
    Likelihood,
    MeetingKind,
    Severity,
    Side,
    SupportLevel,
    SystemKind,
    Topic,
)
from accountdesk.domain.service_file import ServiceFile
from accountdesk.services.demo.build import (
    always,
    availability,
    contact,
    days,
    expectation,
    feedback,
    level,
    meeting,
    mon_to_fri,
    path,
    report,
    risk,
    system,
    unrealistic,
)
from accountdesk.services.demo.staff import JAMES, PRIYA, SARAH, TOM

EN = Language.ENGLISH


def software_house(today: dt.date) -> ServiceFile:
    window = mon_to_fri()
    cto = contact(
        "Hannah Okafor",
        "CTO",
        ItilRelation.DECISION_MAKER,
        phone="+44 20 7946 0102",
        mobile="07400 123231",
        email="hannah.okafor@brightwater.dev",
        channel=Channel.EMAIL,
        language=EN,
    )
    devops = contact(
        "Marek Nowak",
        "Lead DevOps engineer",
        ItilRelation.TECHNICAL,
        phone="020 7946 0145",
        mobile="+44 7400 123377",
        email="marek@brightwater.dev",
        channel=Channel.CHAT,
        language=EN,
        reachable="Mon–Fri 08:00–18:00",
    )
    finance = contact(
        "Gareth Hughes",
        "Finance director",
        ItilRelation.DECISION_MAKER,
        phone="+44 20 7946 0160",
        email="gareth.hughes@brightwater.dev",
        channel=Channel.EMAIL,
        notes="Approves anything that changes the monthly fee.",
    )
    builds = availability(
        "If the build server goes down on release day, we lose the day. We can live with it "
        "breaking 4 times a year, as long as it's back within 4 hours.",
        4,
        4,
        window,
        agreed="GitLab and the build runners fail at most 4 times a year during office hours; "
        "each failure is fixed within 4 hours.",
        technical="{percent} availability, Mon–Fri 09:00–17:30",
        language=EN,
        review=days(today, 50),
        risks=(
            risk(
                "Runner host disk fills up with build caches",
                Likelihood.HIGH,
                Likelihood.MEDIUM,
                mitigation="Nightly cache clean-up; alert at 80% disk",
                recovery="Clear caches, restart runners",
                minutes=20,
                preparation="Runbook in the service file; second runner host on standby",
                owner=JAMES,
            ),
            risk(
                "GitLab upgrade breaks CI pipelines",
                Likelihood.MEDIUM,
                Likelihood.HIGH,
                mitigation="Upgrades on Friday afternoon after a staging rehearsal",
                recovery="Restore the VM snapshot taken before the upgrade",
                minutes=60,
                preparation="Snapshot before every upgrade; staging copy refreshed monthly",
                owner=PRIYA,
            ),
        ),
    )
    instant = unrealistic(
        "Sub-second response for thousands of transactions a minute, with every incident "
        "solved within 2 minutes.",
        Topic.RESOLUTION,
        "Two-minute resolution for every incident needs an engineer watching the platform full "
        "time and fully redundant infrastructure: roughly £220,000 a year against about £15,000 "
        "of lost developer time last year. Proposed: automatic failover for the production API "
        "only, 4-hour resolution for everything else.",
        review=days(today, 20),
    )
    progress = expectation(
        "We want to see where our ticket is without chasing anyone.",
        Topic.COMMUNICATION,
        agreed="Every ticket shows its status and a realistic ETA in the portal; updates at least "
        "every 2 hours on critical tickets.",
        holder=ExpectationHolder.USERS,
    )
    return ServiceFile(
        name="Brightwater Software Ltd",
        industry="Software development (SaaS)",
        business_needs="Ship releases every two weeks without interruptions to the build and deploy "
        "chain; keep the production API up for their own customers.",
        support_level=SupportLevel.PREMIUM,
        support_in_scope="GitLab, CI runners, AWS accounts (infrastructure), Microsoft 365, Okta, laptops.",
        support_out_of_scope="Their application code; third-party SaaS their developers sign up for.",
        window=window,
        knowledge_level=KnowledgeLevel.EXPERT,
        criticality=Criticality.HIGH,
        document_language=EN,
        country="GB",
        account_manager=SARAH,
        supporter=JAMES,
        backup_supporter=PRIYA,
        next_review=days(today, 50),
        notes="Developers prefer Slack; critical incidents by phone only.",
        contacts=[cto, devops, finance],
        systems=[
            system(
                "GitLab",
                SystemKind.APPLICATION,
                "Source code, merge requests and CI",
                version="GitLab 16.11 (self-managed)",
                location="AWS eu-west-2",
                host="git.brightwater.dev",
                address="10.8.1.20",
                criticality=Criticality.CRITICAL,
                owner=devops,
            ),
            system(
                "CI runner host",
                SystemKind.SERVER,
                "Builds and tests every merge request",
                version="Ubuntu 22.04 LTS, GitLab Runner 16.11",
                host="runner01.brightwater.internal",
                address="10.8.1.31",
                criticality=Criticality.HIGH,
                owner=devops,
            ),
            system(
                "AWS production account",
                SystemKind.CLOUD_SERVICE,
                "Hosts the customer-facing API",
                version="EKS 1.29",
                location="eu-west-2 (London)",
                address="arn:aws:iam::123456789012:root",
                criticality=Criticality.CRITICAL,
                owner=cto,
            ),
            system(
                "Staging cluster",
                SystemKind.CLOUD_SERVICE,
                "Release rehearsals",
                version="EKS 1.29",
                environment=Environment.STAGING,
                location="eu-west-2 (London)",
            ),
            system(
                "Okta",
                SystemKind.SECURITY,
                "Single sign-on for all staff",
                version="Okta Workforce Identity",
                host="brightwater.okta.com",
            ),
        ],
        escalation_paths=[
            path(Severity.CRITICAL, level(0, JAMES), level(30, TOM), level(90, SARAH)),
            path(
                Severity.CRITICAL,
                level(0, devops, Channel.MOBILE),
                level(60, cto),
                side=Side.CUSTOMER,
            ),
            path(Severity.HIGH, level(0, JAMES, Channel.CHAT), level(240, TOM)),
        ],
        expectations=[builds, instant, progress],
        meetings=[
            meeting(
                days(today, -160),
                [
                    (cto.name, Side.CUSTOMER, cto.role),
                    (devops.name, Side.CUSTOMER, devops.role),
                    (SARAH, Side.PROVIDER, "Account manager"),
                    (JAMES, Side.PROVIDER, "Dedicated supporter"),
                ],
                notes="Covered industry, business needs, support level, boundaries, escalation and "
                "contacts. Release days are every other Thursday.",
                decisions="No changes on release Thursdays; James joins their release channel.",
                actions=[
                    ("Add release calendar to the service file", JAMES, days(today, -150), True),
                    ("Quote for a second runner host", SARAH, days(today, -140), True),
                    ("Staging rehearsal of the GitLab 17 upgrade", PRIYA, days(today, 25), False),
                ],
            ),
        ],
        reports=[
            report(
                days(today, -91),
                days(today, -1),
                "Second runner host live; cache alerts tuned.",
                [
                    (0, "1 failure (runner disk full), fixed in 35 minutes", True, ""),
                    (
                        2,
                        "ETA shown on 94% of tickets",
                        False,
                        "Two engineers missed it; reminder added",
                    ),
                ],
            ),
        ],
        feedback=[
            feedback(
                days(today, -15),
                FeedbackChannel.MEETING,
                9,
                "Release days have been boring lately, which is exactly what we wanted.",
            ),
        ],
    )


def school_network(today: dt.date) -> ServiceFile:
    window = mon_to_fri("07:30", "17:00")
    ceo = contact(
        "Dr Rachel Bennett",
        "Chief executive of the trust",
        ItilRelation.DECISION_MAKER,
        phone="+44 161 496 0100",
        email="r.bennett@northfield-trust.org.uk",
        channel=Channel.EMAIL,
    )
    business = contact(
        "Colin Marsh",
        "Trust business manager",
        ItilRelation.DECISION_MAKER,
        phone="0161 496 0110",
        mobile="07400 123654",
        email="c.marsh@northfield-trust.org.uk",
        language=EN,
        reachable="Mon–Fri 08:00–16:00",
    )
    dsl = contact(
        "Aisha Rahman",
        "Designated safeguarding lead",
        ItilRelation.USER,
        phone="+44 161 496 0125",
        email="a.rahman@northfield-trust.org.uk",
        notes="Must be told at once of any web-filter outage.",
    )
    registers = availability(
        "Registers must work at 8:45 every morning. Twice a term is the most we'd put up with, "
        "and it has to be sorted by break.",
        6,
        1.5,
        window,
        agreed="The MIS and Wi-Fi fail at most 6 times a year (twice a term) during school hours; "
        "each failure is fixed within 90 minutes.",
        technical="{percent} availability, Mon–Fri 07:30–17:00",
        language=EN,
        review=days(today, -5),
    )
    filtering = expectation(
        "The web filter is never off while children are online.",
        Topic.OTHER,
        agreed="If filtering fails, internet access is cut for pupils until it is back, and the "
        "safeguarding lead is phoned within 10 minutes.",
        risks=(
            risk(
                "Web filter appliance fails",
                Likelihood.LOW,
                Likelihood.HIGH,
                mitigation="Fail-closed configuration; second appliance in the trust data centre",
                recovery="Switch DNS to the second appliance",
                minutes=15,
                preparation="Failover tested each half-term",
                owner=PRIYA,
            ),
        ),
    )
    same_day = unrealistic(
        "Every broken teacher laptop fixed the same day, in all five schools.",
        Topic.RESOLUTION,
        "Same-day fixes across five sites would need a technician on each site every day: about "
        "£95,000 a year more. Proposed: a pool of 10 spare laptops swapped the same day, repairs "
        "within 3 days.",
        agreed="Same-day swap from a spare pool; repair within 3 school days.",
        status=ExpectationStatus.AGREED,
    )
    return ServiceFile(
        name="Northfield Academy Trust",
        industry="Education – multi-academy trust (5 schools)",
        business_needs="Registers, lessons and online safety every school day; exam-season "
        "reliability.",
        support_level=SupportLevel.STANDARD,
        support_in_scope="MIS access, Google Workspace, Wi-Fi, web filtering, staff laptops, "
        "classroom displays.",
        support_out_of_scope="The MIS vendor's application support; pupil-owned devices.",
        window=window,
        knowledge_level=KnowledgeLevel.NOVICE,
        criticality=Criticality.HIGH,
        document_language=EN,
        country="GB",
        account_manager=SARAH,
        supporter=PRIYA,
        backup_supporter=JAMES,
        next_review=days(today, -5),
        notes="Annual review overdue: Colin asked to move it after the exam season.",
        contacts=[ceo, business, dsl],
        systems=[
            system(
                "Arbor MIS",
                SystemKind.CLOUD_SERVICE,
                "Registers, timetables, behaviour",
                version="Arbor (SaaS)",
                host="northfield.uk.arbor.sc",
                criticality=Criticality.CRITICAL,
                owner=business,
            ),
            system(
                "Google Workspace for Education",
                SystemKind.CLOUD_SERVICE,
                "Staff and pupil e-mail, Classroom",
                version="Education Plus",
                host="northfield-trust.org.uk",
                criticality=Criticality.HIGH,
            ),
            system(
                "Wi-Fi controller",
                SystemKind.NETWORK,
                "Wi-Fi in all five schools",
                version="Aruba Central, AP-515",
                host="wlc.northfield.local",
                address="10.100.0.5",
                serial="CNK3JSW123",
            ),
            system(
                "Web filter",
                SystemKind.SECURITY,
                "Safeguarding: web filtering and monitoring",
                version="Smoothwall Filter 2024",
                host="filter01.northfield.local",
                address="10.100.0.8",
                criticality=Criticality.CRITICAL,
                owner=dsl,
            ),
        ],
        escalation_paths=[
            path(Severity.CRITICAL, level(0, PRIYA), level(30, TOM), level(60, SARAH)),
            path(Severity.HIGH, level(0, PRIYA, Channel.TICKET), level(180, JAMES)),
        ],
        expectations=[registers, filtering, same_day],
        meetings=[
            meeting(
                days(today, -370),
                [
                    (business.name, Side.CUSTOMER, business.role),
                    (dsl.name, Side.CUSTOMER, dsl.role),
                    (SARAH, Side.PROVIDER, "Account manager"),
                    (PRIYA, Side.PROVIDER, "Dedicated supporter"),
                ],
                notes="Term dates and exam windows agreed; safeguarding lead added to the escalation list.",
                decisions="No planned changes during exam weeks.",
                actions=[
                    ("Term dates into the service calendar", PRIYA, days(today, -360), True),
                    ("Spare laptop pool of 10", SARAH, days(today, -300), True),
                ],
            ),
            meeting(
                days(today, -190),
                [
                    (business.name, Side.CUSTOMER, business.role),
                    (SARAH, Side.PROVIDER, "Account manager"),
                ],
                notes="Mid-year review: Wi-Fi in the sports hall still weak.",
                decisions="Extra access point in the sports hall before the summer term.",
                actions=[("Install access point in sports hall", PRIYA, days(today, -150), True)],
                kind=MeetingKind.REVIEW,
            ),
        ],
        reports=[
            report(
                days(today, -120),
                days(today, -40),
                "Sports hall Wi-Fi fixed; filter failover tested at half-term.",
                [
                    (0, "2 failures, 50 and 75 minutes", True, ""),
                    (1, "No filtering outage", True, ""),
                    (
                        2,
                        "Spare swapped same day 14 of 15 times",
                        False,
                        "One site ran out of spares",
                    ),
                ],
            ),
        ],
        feedback=[
            feedback(
                days(today, -35),
                FeedbackChannel.SURVEY,
                7,
                "Staff like Priya, but the laptop pool at Hillside runs out in exam season.",
                "Move 3 spares to Hillside before exams",
            ),
        ],
    )


def retail_chain(today: dt.date) -> ServiceFile:
    window = always("Europe/London")
    ops = contact(
        "Oliver Grant",
        "Head of retail operations",
        ItilRelation.DECISION_MAKER,
        phone="+44 20 7946 0720",
        mobile="+44 7400 123801",
        email="oliver.grant@harbourfinch.co.uk",
        channel=Channel.MOBILE,
        language=EN,
    )
    ecommerce = contact(
        "Sofia Marino",
        "E-commerce manager",
        ItilRelation.TECHNICAL,
        phone="+44 20 7946 0733",
        email="sofia.marino@harbourfinch.co.uk",
        channel=Channel.CHAT,
    )
    store = contact(
        "Daniel Price",
        "Store manager, Bristol",
        ItilRelation.USER,
        phone="+44 117 496 0455",
        email="bristol@harbourfinch.co.uk",
        reachable="Store hours",
    )
    shop = availability(
        "The online shop may fail 4 times a year at most, and each time it has to be back "
        "within 4 hours.",
        4,
        4,
        window,
        agreed="Service failures at most 4 times a year, each fixed within 4 hours.",
        technical="{percent} availability, 24×7",
        language=EN,
        risks=(
            risk(
                "Stock sync between tills and the web shop stops",
                Likelihood.MEDIUM,
                Likelihood.MEDIUM,
                mitigation="Queue-based sync with alerts after 10 minutes of silence",
                recovery="Replay the queue; pause online sales of affected items",
                minutes=45,
                preparation="Runbook and replay script tested monthly",
                owner=JAMES,
            ),
        ),
    )
    tills = expectation(
        "A till that stops on a Saturday is a queue out of the door.",
        Topic.RESPONSE,
        agreed="Till incidents on Saturdays: call back within 10 minutes, remote fix or a "
        "replacement courier the same day.",
        holder=ExpectationHolder.USERS,
    )
    black_friday = unrealistic(
        "Zero downtime on Black Friday, without paying for a load test.",
        Topic.AVAILABILITY,
        "Without a load test nobody can promise the shop survives ten times normal traffic. A "
        "load test and temporary extra capacity cost about £8,000; last year's 40-minute outage "
        "lost an estimated £60,000 of sales.",
        status=ExpectationStatus.IN_DISCUSSION,
        review=days(today, 15),
    )
    return ServiceFile(
        name="Harbour & Finch Retail",
        industry="Retail – 28 stores and an online shop",
        business_needs="Tills and the web shop selling at all hours; stock that matches between them.",
        support_level=SupportLevel.PREMIUM,
        support_in_scope="Store networks, tills (hardware and OS), web shop hosting, stock sync.",
        support_out_of_scope="Card terminals (the acquirer's); the web shop's theme and content.",
        window=window,
        knowledge_level=KnowledgeLevel.INTERMEDIATE,
        criticality=Criticality.CRITICAL,
        document_language=EN,
        country="GB",
        account_manager=SARAH,
        supporter=JAMES,
        backup_supporter=PRIYA,
        next_review=days(today, 30),
        contacts=[ops, ecommerce, store],
        systems=[
            system(
                "Store POS",
                SystemKind.APPLICATION,
                "Tills in all 28 stores",
                version="Oracle Retail Xstore 22.0",
                host="xstore-central.harbourfinch.local",
                address="10.60.0.20",
                criticality=Criticality.CRITICAL,
                owner=ops,
            ),
            system(
                "Web shop",
                SystemKind.CLOUD_SERVICE,
                "Online sales",
                version="Shopify Plus",
                host="shop.harbourfinch.co.uk",
                criticality=Criticality.CRITICAL,
                owner=ecommerce,
            ),
            system(
                "Stock sync",
                SystemKind.APPLICATION,
                "Keeps till and web stock in step",
                version="Azure Service Bus + Functions",
                host="hf-stocksync.azurewebsites.net",
                criticality=Criticality.HIGH,
            ),
            system(
                "Store network",
                SystemKind.NETWORK,
                "Wi-Fi and wired network in every store",
                version="Cisco Meraki MX68 / MR36",
                location="All stores",
                serial="Q2KN-ABCD-1234",
            ),
        ],
        escalation_paths=[
            path(
                Severity.CRITICAL, level(0, JAMES), level(15, TOM), level(45, SARAH, Channel.MOBILE)
            ),
            path(
                Severity.CRITICAL,
                level(0, ecommerce, Channel.CHAT),
                level(30, ops),
                side=Side.CUSTOMER,
            ),
            path(Severity.HIGH, level(0, JAMES), level(120, TOM)),
        ],
        expectations=[shop, tills, black_friday],
        meetings=[
            meeting(
                days(today, -240),
                [
                    (ops.name, Side.CUSTOMER, ops.role),
                    (ecommerce.name, Side.CUSTOMER, ecommerce.role),
                    (SARAH, Side.PROVIDER, "Account manager"),
                    (JAMES, Side.PROVIDER, "Dedicated supporter"),
                ],
                notes="Peak trading: November–December and Boxing Day. Saturday is the busiest store day.",
                decisions="Change freeze from mid-November to 2 January.",
                actions=[
                    ("Spare till in each regional hub", JAMES, days(today, -200), True),
                    ("Load-test proposal for Black Friday", SARAH, days(today, 10), False),
                ],
            ),
        ],
        reports=[
            report(
                days(today, -90),
                days(today, -1),
                "Stock sync alerts tightened to 10 minutes; spare tills in all hubs.",
                [
                    (0, "No web shop failures", True, ""),
                    (
                        1,
                        "Saturday call-backs within 10 minutes: 96%",
                        False,
                        "Target is every call",
                    ),
                ],
            ),
        ],
        feedback=[
            feedback(
                days(today, -8),
                FeedbackChannel.EMAIL,
                8,
                "Bristol's till was swapped before lunch. Good job.",
            ),
        ],
    )


CUSTOMERS = [software_house, school_network, retail_chain]
