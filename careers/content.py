"""The site's first content, in Swedish: the facts of the brief in our own words.

Read by `manage.py loadcontent`, which creates only what is missing; after
that, HR editors own the text in the admin.
"""

HOME = "jobba-pa-forsakringskassan"
APPEAL = "overklaga-anstallningsbeslut"
# Pages written after the brief's date: they say they were last updated the day they were loaded.
WRITTEN_LATER = {APPEAL}

HOME_SECTIONS = [
    ("", "", (
        "Vi är ungefär 13 000 kollegor över hela Sverige. Många av oss arbetar som "
        "handläggare, utredare eller chefer i försäkringarna. Många andra arbetar med it, "
        "juridik, ekonomi, HR, kommunikation, säkerhet, verksamhetsutveckling och analys."
    ), ""),
    ("Våra yrkesroller", "yrkesroller",
     "Här kan du läsa om de olika rollerna hos oss och vad de innebär.", "roles"),
    ("Så säger våra medarbetare", "medarbetare", (
        "Här berättar några av oss hur det är att arbeta här."
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
     "Socialförsäkringen ger människor ekonomisk trygghet i olika delar av livet: när man får barn, "
     "när man blir sjuk, när man har en funktionsnedsättning och när man blir äldre.\n\n"
     "Vi finns över hela Sverige och är ungefär 13 000 medarbetare.", [
         ("Vad vi gör", "vad-vi-gor", (
             "Vi utreder och beslutar om ersättningar och bidrag, till exempel föräldrapenning, "
             "sjukpenning och bostadsbidrag. Vi betalar ut pengarna och ser till att de går till "
             "dem som har rätt till dem.\n\n"
             "Vi ger också information och service, så att människor vet vad de har rätt till och "
             "hur de ska göra."
         ), ""),
         ("Hur vi arbetar", "hur-vi-arbetar", (
             "Som statlig myndighet följer vi den statliga värdegrunden. Vi ska vara demokratiska, "
             "följa lagen, vara sakliga och opartiska, respektera människors lika värde och ge god "
             "service.\n\n"
             "Vi utvecklar hela tiden våra digitala tjänster, så att det ska bli enklare för "
             "människor att ansöka och följa sina ärenden."
         ), ""),
         ("Arbeta hos oss", "arbeta-hos-oss", (
             "Hos oss finns många olika yrken. [Läs om våra yrkesroller](/yrkesroller/) eller "
             "[se vilka jobb som är lediga just nu](/lediga-jobb/)."
         ), ""),
     ]),
    ("var-rekryteringsprocess", "Vår rekryteringsprocess",
     "Så går det till när du söker jobb hos oss, från annons till anställning.",
     "Hur processen ser ut kan skilja sig lite mellan olika jobb. I annonsen står det som gäller "
     "för just det jobbet.", [
         ("1. Du söker jobbet", "du-soker", (
             "Alla jobb som du kan söka finns på sidan [Lediga jobb](/lediga-jobb/). Du söker genom "
             "länken i annonsen. Den leder till vårt rekryteringssystem, där du skickar in din "
             "ansökan.\n\n"
             "Läs annonsen noga och beskriv hur du uppfyller kraven. Skicka din ansökan senast den "
             "sista ansökningsdagen som står i annonsen."
         ), ""),
         ("2. Vi går igenom ansökningarna", "urval", (
             "När sista ansökningsdagen har passerat går vi igenom alla ansökningar. Vi jämför dem "
             "med kraven i annonsen. Alla som söker bedöms på samma sätt, efter vad de kan och har "
             "gjort."
         ), ""),
         ("3. Intervju och tester", "intervju", (
             "De som bäst motsvarar kraven blir kallade till intervju. Intervjun kan vara på plats "
             "eller på video. Ibland får du också göra ett test eller ett arbetsprov. Vi tar "
             "referenser på dem som är aktuella för jobbet."
         ), ""),
         ("4. Besked och anställning", "besked", (
             "Alla som har sökt får besked när rekryteringen är klar. Den som får jobbet får ett "
             "erbjudande om anställning.\n\n"
             "Vissa jobb är placerade i säkerhetsklass. Då gör vi en säkerhetsprövning innan du "
             "anställs. Det står i annonsen om jobbet är placerat i säkerhetsklass."
         ), ""),
         ("Din ansökan blir en allmän handling", "allman-handling", (
             "När din ansökan kommer in till oss blir den en allmän handling. Det betyder att vem "
             "som helst kan begära att få läsa den, om inte uppgifterna skyddas av sekretess."
         ), ""),
         ("Om du har skyddade personuppgifter", "skyddade-personuppgifter", (
             "Har du skyddade personuppgifter, till exempel skyddad identitet? Skicka då inte din "
             "ansökan via rekryteringssystemet. Kontakta i stället kontaktpersonen i annonsen, så "
             "får du hjälp att söka på ett annat, säkert sätt."
         ), ""),
     ]),
    ("jobba-med-it", "Jobba med it hos oss",
     "Vi behöver många som kan it för att utveckla våra digitala tjänster.",
     "Hos oss arbetar många med it: med att utveckla, förvalta och skydda de system som "
     "socialförsäkringen bygger på. Systemen betalar ut ersättningar till människor i hela landet. "
     "Därför är det viktigt att de fungerar, är säkra och är lätta att använda.", [
         ("Vad du kan arbeta med", "arbetsuppgifter", (
             "Inom it kan du till exempel arbeta som\n\n"
             "- systemutvecklare\n"
             "- arkitekt\n"
             "- testare eller testledare\n"
             "- specialist inom drift, nätverk eller informationssäkerhet\n"
             "- projektledare eller produktägare."
         ), ""),
         ("Så arbetar vi", "sa-arbetar-vi", (
             "Vi arbetar i team som tar ansvar för sina system, nära de kollegor som använder dem. "
             "Du kan också arbeta i projekt för hela myndigheten, till exempel med digitalisering.\n\n"
             "Som i alla våra jobb kan du utvecklas genom interna utbildningar och nya uppdrag."
         ), ""),
         ("Lediga jobb inom it", "lediga-jobb", (
             "[Se alla lediga jobb inom it](/lediga-jobb/?yrkesroll=it)"
         ), ""),
     ]),
    ("tillganglighetsredogorelse", "Tillgänglighet för Jobba på Försäkringskassan",
     "Vi vill att alla ska kunna använda den här webbplatsen.",
     "Försäkringskassan står bakom webbplatsen Jobba på Försäkringskassan. Här beskriver vi hur "
     "webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister "
     "vi känner till och hur du kan berätta för oss om problem, så att vi kan rätta dem.", [
         ("Hur tillgänglig är webbplatsen?", "hur-tillganglig", (
             "Webbplatsen är delvis förenlig med lagen (2018:1937) om tillgänglighet till digital "
             "offentlig service. Det beror på de brister som står nedan.\n\n"
             "Målet är att webbplatsen ska uppfylla kraven i WCAG 2.2 på nivå AA."
         ), ""),
         ("Brister som vi känner till", "kanda-brister", (
             "- **Ansökan görs på en annan webbplats.** När du söker ett jobb skickas du vidare "
             "till vårt rekryteringssystem. Det ingår inte i den här granskningen. Om du inte kan "
             "använda systemet kan du kontakta kontaktpersonen i annonsen och få hjälp att söka "
             "på ett annat sätt.\n"
             "- **Filmer på andra webbplatser.** Filmer som vi länkar till ligger på andra "
             "webbplatser, och vi har inte granskat deras undertexter. Varje film har en textversion "
             "här på webbplatsen.\n"
             "- **Inte testad med alla hjälpmedel.** Vi har ännu inte testat webbplatsen med "
             "skärmläsare och förstoringsprogram av alla slag. Det kan finnas brister som vi inte "
             "har upptäckt."
         ), ""),
         ("Så har vi granskat webbplatsen", "granskning", (
             "Vi har granskat webbplatsen själva. Vi har testat alla sidor med det automatiska "
             "verktyget axe-core mot kraven i WCAG 2.2 på nivå A och AA. Vi har också använt "
             "webbplatsen med bara tangentbord, med förstorad text och på en smal skärm som i en "
             "mobil.\n\n"
             "Granskningen gjordes den 25 juni 2025. Redogörelsen uppdaterades senast den 25 juni 2025."
         ), ""),
         ("Berätta för oss om något inte fungerar", "kontakt", (
             "Om du inte kan använda något på webbplatsen, eller om du behöver innehållet i en annan "
             "form, vill vi att du berättar det för oss. Skriv vilken sida det gäller, vad du "
             "försökte göra och hur vi kan nå dig.\n\n"
             "Du hittar våra kontaktuppgifter på [forsakringskassan.se](https://www.forsakringskassan.se/)."
         ), ""),
         ("Om du inte är nöjd", "tillsyn", (
             "Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet "
             "till digital offentlig service. Om du inte är nöjd med hur vi har tagit hand om dina "
             "synpunkter kan du anmäla det till Digg.\n\n"
             "[Anmäl bristande tillgänglighet till Digg](https://www.digg.se/tdosanmalan)"
         ), ""),
     ]),
    # The page that every decision to employ links to. HR writes the registry's
    # real address in the admin; this one is an example.
    (APPEAL, "Så överklagar du ett anställningsbeslut",
     "Har du sökt ett jobb hos oss och tycker att du är mer meriterad än den vi anställde? "
     "Då kan du ofta överklaga beslutet.",
     "När vi har bestämt vem vi anställer sätter vi upp beslutet på vår anslagstavla. Du ser "
     "beslutet och dagen det sattes upp i listan över [beslut som går att överklaga](/lediga-jobb/beslut/) "
     "och på sidan för annonsen.\n\n"
     "Alla beslut går inte att överklaga. Det står vid varje beslut om det går.", [
         ("Vad du skriver", "vad-du-skriver", (
             "Skriv ditt överklagande själv, på papper eller i ett e-postmeddelande. Skriv:\n\n"
             "- vilket beslut du överklagar: jobbet och beslutets diarienummer\n"
             "- varför du tycker att beslutet är fel\n"
             "- vilken ändring du vill ha\n"
             "- ditt namn och hur vi kan nå dig."
         ), ""),
         ("Vart du skickar det", "vart", (
             "Skicka överklagandet till oss på Försäkringskassan, inte till Statens "
             "överklagandenämnd. Skicka det till vår registratur: registratur@example.com."
         ), ""),
         ("När det ska ha kommit fram", "nar", (
             "Ditt överklagande ska ha kommit fram till oss inom tre veckor från den dag då "
             "beslutet sattes upp på anslagstavlan. Vid varje beslut står den sista dagen.\n\n"
             "Om den sista dagen är en lördag, en söndag, en helgdag, midsommarafton, julafton eller "
             "nyårsafton räcker det att överklagandet kommer fram nästa vardag.\n\n"
             "Vi kontrollerar att överklagandet har kommit in i tid. Kommer det för sent avvisar vi "
             "det. Det beslutet kan du också överklaga."
         ), ""),
         ("Vad som händer sedan", "sedan", (
             "Har överklagandet kommit in i tid skickar vi det vidare till Statens överklagandenämnd. "
             "Nämnden hör till Kammarkollegiet. Den prövar om beslutet är rätt och bestämmer i "
             "ärendet.\n\n"
             "Nämndens beslut går inte att överklaga."
         ), ""),
         ("Beslutet är en allmän handling", "allman-handling", (
             "Vi skriver inte på webben vem vi har anställt. Beslutet är en allmän handling, och alla "
             "får be att läsa det. Det gäller också ansökningarna, om inte uppgifterna omfattas av "
             "sekretess.\n\n"
             "Be vår registratur om beslutet och skriv beslutets diarienummer: registratur@example.com."
         ), ""),
     ]),
]

ROLES = [
    ("handlaggare", "Handläggare",
     "Du utreder och beslutar om ersättningar i socialförsäkringen.",
     "Som handläggare arbetar du med ärenden i någon av våra försäkringar, till exempel "
     "föräldraförsäkringen eller sjukförsäkringen. Du tar in underlag, bedömer rätten till "
     "ersättning och fattar beslut. Du har ofta kontakt med de människor som ärendena gäller.",
     "- en akademisk examen, eller erfarenhet som vi bedömer likvärdig\n"
     "- att du är noggrann och kan fatta beslut som följer lagen\n"
     "- att du uttrycker dig väl i tal och skrift på svenska."),
    ("utredare", "Utredare",
     "Du utreder ärenden som kräver fördjupad kunskap.",
     "Som utredare går du på djupet i ärenden och regler, och ger underlag för beslut. Det kan "
     "till exempel handla om att upptäcka felaktiga utbetalningar.",
     "- en akademisk examen inom till exempel juridik, ekonomi eller samhällsvetenskap\n"
     "- erfarenhet av utredningsarbete\n"
     "- att du är analytisk och skriver tydligt."),
    ("chef", "Chef", "Du leder medarbetare och verksamhet.",
     "Som chef hos oss leder du en grupp medarbetare och ansvarar för att verksamheten når sina mål. "
     "Du har ansvar för personal, arbetsmiljö och resultat.",
     "- erfarenhet av att leda människor\n"
     "- att du kommunicerar tydligt och lyssnar\n"
     "- att du vill utveckla både verksamheten och dina medarbetare."),
    ("it", "It", "Du utvecklar och förvaltar de system som socialförsäkringen bygger på.",
     "Inom it arbetar du till exempel som utvecklare, arkitekt, testare eller med drift och säkerhet.",
     "- en utbildning inom it, eller erfarenhet som vi bedömer likvärdig\n"
     "- att du gillar att lösa problem tillsammans med andra\n"
     "- för vissa jobb: att du kan genomgå en säkerhetsprövning."),
    ("juridik", "Juridik", "Du tolkar regler och ger stöd i rättsliga frågor.",
     "Som jurist arbetar du med lagar och regler inom socialförsäkringen. Du ger stöd till "
     "handläggare och chefer och skriver rättsliga ställningstaganden.",
     "- en juristexamen\n"
     "- gärna erfarenhet av förvaltningsrätt\n"
     "- att du skriver klart och enkelt."),
    ("ekonomi", "Ekonomi", "Du arbetar med myndighetens ekonomi och styrning.",
     "Inom ekonomi arbetar du till exempel med redovisning, budget, uppföljning eller controlling.",
     "- en ekonomiexamen, eller erfarenhet som vi bedömer likvärdig\n"
     "- att du är noggrann och har ordning på detaljer\n"
     "- att du kan förklara siffror så att andra förstår dem."),
    ("hr", "HR", "Du arbetar med medarbetarnas villkor, hälsa och utveckling.",
     "Inom HR stödjer du chefer och medarbetare, till exempel i rekrytering, arbetsmiljö och "
     "kompetensutveckling.",
     "- en utbildning inom personal- och arbetslivsfrågor, eller motsvarande erfarenhet\n"
     "- att du trivs som rådgivare\n"
     "- att du kan arbetsrätt eller vill lära dig."),
    ("kommunikation", "Kommunikation", "Du gör det lätt att förstå vad vi gör och varför.",
     "Inom kommunikation arbetar du med texter, webb, press och intern kommunikation.",
     "- en utbildning inom kommunikation, journalistik eller språk\n"
     "- att du skriver klarspråk\n"
     "- att du kan göra innehåll tillgängligt för alla."),
    ("sakerhet", "Säkerhet", "Du skyddar information, människor och verksamhet.",
     "Inom säkerhet arbetar du med informationssäkerhet, fysisk säkerhet och kontinuitet.",
     "- erfarenhet av säkerhetsarbete\n"
     "- att du har lätt för att förklara risker och regler\n"
     "- att du kan genomgå en säkerhetsprövning."),
    ("verksamhetsutveckling", "Verksamhetsutveckling", "Du gör vårt arbete bättre och enklare.",
     "Inom verksamhetsutveckling arbetar du med att förbättra arbetssätt, processer och tjänster.",
     "- en akademisk examen, eller erfarenhet som vi bedömer likvärdig\n"
     "- erfarenhet av att leda förändringar\n"
     "- att du utgår från vad kunderna och medarbetarna behöver."),
    ("analys", "Analys", "Du tar fram kunskap som ligger till grund för beslut.",
     "Som analytiker arbetar du med statistik, uppföljning och analyser av socialförsäkringen.",
     "- en examen med inriktning mot till exempel statistik, nationalekonomi eller samhällsvetenskap\n"
     "- erfarenhet av kvantitativa analyser\n"
     "- att du kan presentera resultat tydligt."),
]

# SSYK 2012 occupation groups (Statistics Sweden, four digits) for the roles
# that one group describes. Broader roles (chef, säkerhet, analys) have none,
# as no single group fits them. The same table is in migration 0006.
SSYK_CODES = {
    "handlaggare": "3353",  # Socialförsäkringshandläggare
    "utredare": "2422",  # Planerare och utredare m.fl.
    "it": "2512",  # Mjukvaru- och systemutvecklare m.fl.
    "juridik": "2615",  # Förvaltnings- och organisationsjurister
    "ekonomi": "2412",  # Controller
    "hr": "2423",  # Personal- och HR-specialister
    "kommunikation": "2432",  # Informatörer, kommunikatörer och PR-specialister
    "verksamhetsutveckling": "2421",  # Lednings- och organisationsutvecklare
}

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
