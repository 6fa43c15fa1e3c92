"""The site's first content, in Swedish: the facts of the brief in our own words.

Read by `manage.py loadcontent`, which creates only what is missing; after
that, HR editors own the text in the admin.
"""

HOME = "jobba-pa-forsakringskassan"

HOME_SECTIONS = [
    ("", "", (
        "Vi är ungefär 13 000 kollegor över hela Sverige. Många av oss arbetar som "
        "handläggare, utredare eller chefer i försäkringarna. Många andra arbetar med it, "
        "juridik, ekonomi, HR, kommunikation, säkerhet, verksamhetsutveckling och analys."
    ), ""),
    ("Våra yrkesroller", "yrkesroller",
     "Här kan du läsa om de olika rollerna hos oss och vad de innebär.", "roles"),
    ("Så säger våra medarbetare", "medarbetare", (
        "I en film på tre minuter berättar några av oss hur det är att arbeta här. "
        "Under filmen finns en textversion."
    ), "testimonials"),
    ("Förmåner", "formaner",
     "Som anställd hos oss får du flera förmåner. Här är de viktigaste.", "benefits"),
    ("Distansarbete", "distansarbete", (
        "Du kan arbeta en del av din arbetstid på distans. Det kan göra det lättare att få "
        "arbetet och resten av livet att gå ihop. Hur mycket du kan arbeta på distans beror på "
        "vilket arbete du har. Fråga den rekryterande chefen eller HR-specialisten för tjänsten."
    ), ""),
    ("Att vara anställd i staten", "anstalld-i-staten", (
        "Som anställd i staten följer du den statliga värdegrunden. Den bygger på grundlagen och "
        "betyder att vi arbetar demokratiskt och för samhällets bästa.\n\n"
        "[Läs om den statliga värdegrunden](https://www.arbetsgivarverket.se/jobba-statligt/gemensam-vardegrund/)\n\n"
        "Försäkringskassan har också en etisk kod som bygger på värdegrunden. Den hjälper oss i "
        "mötet med medborgarna och med varandra."
    ), ""),
    ("Utvecklingsmöjligheter", "utveckling", (
        "Vi är en av Sveriges största myndigheter. Därför finns det många olika arbetsuppgifter hos "
        "oss, och du kan utvecklas på flera sätt.\n\n"
        "Du kan gå våra interna utbildningar, både på webben och med lärare. Du kan också få "
        "uppdrag vid sidan av din vanliga roll, till exempel:\n\n"
        "- vara mentor för nya medarbetare\n"
        "- utbilda andra inom ditt expertområde\n"
        "- arbeta i projekt för hela myndigheten, till exempel med digitalisering."
    ), ""),
    ("Vårt hållbarhetsarbete", "hallbarhet", (
        "Vi arbetar med hållbarhet på tre sätt: miljömässigt, socialt och ekonomiskt.\n\n"
        "Vi arbetar systematiskt med arbetsmiljön, så att alla kan ha ett hållbart arbetsliv. "
        "Alla medarbetare går en utbildning om miljö."
    ), ""),
    ("Vårt uppdrag", "uppdrag", (
        "Försäkringskassan ansvarar för stora delar av socialförsäkringen. Vårt arbete ger "
        "människor ekonomisk trygghet i olika delar av livet."
    ), ""),
    ("Relaterade länkar", "relaterade-lankar", "", "links"),
]

PAGES = [
    (HOME, "Jobba på Försäkringskassan",
     "Hos oss gör du nytta för människor i hela landet.", "", HOME_SECTIONS),
    ("om-forsakringskassan", "Om Försäkringskassan",
     "Försäkringskassan är en statlig myndighet som ansvarar för stora delar av socialförsäkringen.",
     "Vi finns över hela Sverige och är ungefär 13 000 medarbetare. Vårt arbete ger människor "
     "ekonomisk trygghet i olika delar av livet.", []),
    ("var-rekryteringsprocess", "Vår rekryteringsprocess",
     "Så går det till när du söker jobb hos oss.",
     "Du söker jobb hos oss genom att skicka in din ansökan via annonsen. I annonsen står vad "
     "tjänsten kräver, vem du kan kontakta och när du senast kan söka.\n\n"
     "Tänk på att din ansökan blir en allmän handling när den kommer in till oss. Om du har "
     "skyddade personuppgifter ska du inte söka via annonsen. Kontakta i stället den som är "
     "kontaktperson för tjänsten.", []),
    ("jobba-med-it", "Jobba med it hos oss",
     "Vi behöver många som kan it för att utveckla våra digitala tjänster.",
     "Hos oss arbetar många med it: med att utveckla, förvalta och skydda de system som "
     "socialförsäkringen bygger på. Du kan också arbeta i projekt för hela myndigheten, till "
     "exempel med digitalisering.", []),
    ("tillganglighetsredogorelse", "Tillgänglighet för Jobba på Försäkringskassan",
     "Vi vill att alla ska kunna använda den här webbplatsen.",
     "Webbplatsen ska uppfylla kraven i WCAG 2.2 på nivå AA. Vi testar den med automatiska verktyg "
     "och genom att använda den med bara tangentbord.\n\n"
     "Om du upptäcker något som inte fungerar för dig, berätta det för oss så att vi kan rätta det.",
     []),
]

ROLES = [
    ("handlaggare", "Handläggare",
     "Du utreder och beslutar om ersättningar i socialförsäkringen.",
     "Som handläggare arbetar du med ärenden i någon av våra försäkringar. Du tar in underlag, "
     "bedömer rätten till ersättning och fattar beslut."),
    ("utredare", "Utredare",
     "Du utreder ärenden som kräver fördjupad kunskap.",
     "Som utredare går du på djupet i ärenden och regler, och ger underlag för beslut."),
    ("chef", "Chef", "Du leder medarbetare och verksamhet.",
     "Som chef hos oss leder du en grupp medarbetare och ansvarar för att verksamheten når sina mål."),
    ("it", "It", "Du utvecklar och förvaltar de system som socialförsäkringen bygger på.",
     "Inom it arbetar du till exempel som utvecklare, arkitekt, testare eller med drift och säkerhet."),
    ("juridik", "Juridik", "Du tolkar regler och ger stöd i rättsliga frågor.",
     "Som jurist arbetar du med lagar och regler inom socialförsäkringen."),
    ("ekonomi", "Ekonomi", "Du arbetar med myndighetens ekonomi och styrning.",
     "Inom ekonomi arbetar du till exempel med redovisning, budget, uppföljning eller controlling."),
    ("hr", "HR", "Du arbetar med medarbetarnas villkor, hälsa och utveckling.",
     "Inom HR stödjer du chefer och medarbetare, till exempel i rekrytering, arbetsmiljö och "
     "kompetensutveckling."),
    ("kommunikation", "Kommunikation", "Du gör det lätt att förstå vad vi gör och varför.",
     "Inom kommunikation arbetar du med texter, webb, press och intern kommunikation."),
    ("sakerhet", "Säkerhet", "Du skyddar information, människor och verksamhet.",
     "Inom säkerhet arbetar du med informationssäkerhet, fysisk säkerhet och kontinuitet."),
    ("verksamhetsutveckling", "Verksamhetsutveckling", "Du gör vårt arbete bättre och enklare.",
     "Inom verksamhetsutveckling arbetar du med att förbättra arbetssätt, processer och tjänster."),
    ("analys", "Analys", "Du tar fram kunskap som ligger till grund för beslut.",
     "Som analytiker arbetar du med statistik, uppföljning och analyser av socialförsäkringen."),
]

FILM = {
    "name": "Medarbetare på Försäkringskassan",
    "job_title": "",
    "quote": "Arbetet känns viktigt, kompetensen är hög och möjligheterna att göra karriär är stora.",
    "film_minutes": 3,
    "transcript": (
        "I filmen berättar medarbetare från olika delar av Försäkringskassan om sitt arbete. "
        "De säger att arbetet känns viktigt, att kompetensen hos kollegorna är hög och att det "
        "finns stora möjligheter att göra karriär hos oss."
    ),
}

BENEFITS = [
    ("Flextid", "Du kan själv påverka när du börjar och slutar arbetsdagen.", []),
    ("Friskvårdsbidrag", "Du får ett bidrag som du kan använda till friskvård, till exempel träning.",
     [(4000, "kr per år", "2025-07-01"), (5000, "kr per år", "2026-01-01")]),
    ("Friskvårdstimme", "Du får en friskvårdstimme varje vecka på betald arbetstid.", []),
    ("Semester", "Du får generöst med semester. Hur många dagar beror på din ålder, se tabellen.", []),
    ("Föräldralön", "När du är föräldraledig får du föräldralön under 360 dagar. Den är 10 procent av "
     "en heltidslön.", []),
    ("Tjänstepension", "Du får statlig tjänstepension enligt avtalet PA 16. Den får du utöver den "
     "allmänna pensionen.", []),
    ("Ersättning för vård och läkemedel", "Du kan få viss ersättning för kostnader för sjukvård och "
     "läkemedel.", []),
    ("Ledigt när du flyttar", "Du får betald ledighet när du flyttar.", []),
]

# (from the year you turn, days): the first tier covers everyone younger than the next.
VACATION_TIERS = [(0, 28), (30, 31), (40, 35)]

LINKS = [
    ("Lediga jobb", "careers:job-list"),
    ("Träffa våra medarbetare", "careers:testimonial-list"),
    ("Jobba med it hos oss", "jobba-med-it"),
    ("Om Försäkringskassan", "om-forsakringskassan"),
    ("Våra yrkesroller", "careers:role-list"),
    ("Vår rekryteringsprocess", "var-rekryteringsprocess"),
    ("Följ oss på Linkedin", "https://www.linkedin.com/company/forsakringskassan/"),
]
