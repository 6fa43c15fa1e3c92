"""Example job ads, so that the list, its filters and its pages look real on `make run`.

Dates are days relative to the day the content is loaded: a few ads have
already closed (their addresses answer 410 Gone), one closes today, the rest
later. The reference numbers and the recruitment-system addresses are made up
(the addresses use the reserved .example domain, so they lead nowhere).
"""

APPLY_URL = "https://rekrytering.example/annons/{number}"

CONTACT = (
    "### Kontakt\n\n"
    "Har du frågor om jobbet? Kontakta rekryterande chef eller HR-specialist via "
    "Försäkringskassans växel och uppge diarienumret."
)

# (role slug, title, town, employment form, extent, reference, published days ago,
#  days left until the last application day, status, description)
JOBS = [
    ("handlaggare", "Handläggare inom föräldraförsäkringen", "Göteborg", "tillsvidare", "heltid",
     "FK 2025/014210", 7, 14, "publicerad",
     "Vill du hjälpa föräldrar att få rätt ersättning när de är hemma med sina barn? Vi söker "
     "handläggare till föräldraförsäkringen i Göteborg.\n\n"
     "### Arbetsuppgifter\n\n"
     "Du utreder ansökningar om föräldrapenning och tillfällig föräldrapenning och fattar beslut. "
     "Du har kontakt med kunder via telefon och brev, och du samarbetar med kollegor i ditt team.\n\n"
     "### Vi söker dig som\n\n"
     "- har en akademisk examen som vi bedömer relevant, eller arbetslivserfarenhet som vi bedömer likvärdig\n"
     "- uttrycker dig väl i tal och skrift på svenska\n"
     "- är noggrann och kan arbeta självständigt med många ärenden samtidigt.\n\n"
     "Du får en grundutbildning när du börjar. Du har också en handledare de första månaderna."),
    ("handlaggare", "Handläggare till sjukförsäkringen", "Östersund", "provanstallning", "heltid",
     "FK 2025/013877", 20, 0, "publicerad",
     "Som handläggare i sjukförsäkringen gör du skillnad för människor som inte kan arbeta på grund "
     "av sjukdom.\n\n"
     "### Arbetsuppgifter\n\n"
     "Du utreder rätten till sjukpenning. Du läser medicinska underlag, pratar med den försäkrade och "
     "ibland med arbetsgivare och vården. Sedan fattar du beslut eller ger förslag till beslut.\n\n"
     "### Vi söker dig som\n\n"
     "- har en akademisk examen inom till exempel samhällsvetenskap, beteendevetenskap eller juridik\n"
     "- är trygg i samtal, också när det är svåra besked\n"
     "- tar ansvar för dina ärenden och för att de blir rätt.\n\n"
     "Anställningen inleds med provanställning."),
    ("utredare", "Utredare inom felaktiga utbetalningar", "Malmö", "tillsvidare", "heltid",
     "FK 2025/014402", 3, 21, "publicerad",
     "Pengarna i socialförsäkringen ska gå till dem som har rätt till dem. Som utredare hjälper du "
     "oss att upptäcka och stoppa felaktiga utbetalningar.\n\n"
     "### Arbetsuppgifter\n\n"
     "Du utreder ärenden där det finns misstanke om fel eller fusk. Du samlar in underlag, bedömer "
     "det och skriver utredningar som håller rättsligt. Ibland samarbetar du med andra myndigheter.\n\n"
     "### Vi söker dig som\n\n"
     "- har en examen inom juridik, ekonomi, kriminologi eller ett annat område som vi bedömer relevant\n"
     "- har erfarenhet av utredningsarbete\n"
     "- är analytisk, noggrann och skriver tydligt."),
    ("chef", "Enhetschef inom sjukförsäkringen", "Umeå", "tillsvidare", "heltid",
     "FK 2025/013990", 10, 10, "publicerad",
     "Vill du leda ett team som gör nytta för människor varje dag? Vi söker en enhetschef till "
     "sjukförsäkringen i Umeå.\n\n"
     "### Arbetsuppgifter\n\n"
     "Du leder en enhet med handläggare och ansvarar för personal, arbetsmiljö och resultat. "
     "Du skapar förutsättningar för dina medarbetare att göra ett bra arbete och utvecklas. "
     "Du ingår i en ledningsgrupp tillsammans med andra chefer.\n\n"
     "### Vi söker dig som\n\n"
     "- har erfarenhet av att leda medarbetare, gärna i en statlig verksamhet\n"
     "- har en akademisk examen som vi bedömer relevant\n"
     "- är lyhörd, tydlig och modig i ditt ledarskap."),
    ("it", "Systemutvecklare Java", "Sundsvall", "tillsvidare", "heltid",
     "FK 2025/014518", 2, 18, "publicerad",
     "Våra it-system betalar ut ersättningar till människor i hela landet. Vill du vara med och "
     "utveckla dem?\n\n"
     "### Arbetsuppgifter\n\n"
     "Du arbetar i ett team som utvecklar och förvaltar system för någon av våra försäkringar. "
     "Ni arbetar nära verksamheten och tar ansvar för hela kedjan, från idé till drift.\n\n"
     "### Vi söker dig som\n\n"
     "- har erfarenhet av systemutveckling i Java\n"
     "- har arbetat med automatiserade tester och versionshantering\n"
     "- gillar att samarbeta och dela med dig av det du kan.\n\n"
     "Tjänsten är placerad i säkerhetsklass. Vi gör en säkerhetsprövning innan du anställs."),
    ("it", "Testledare till våra digitala tjänster", "Sundsvall", "visstid", "heltid",
     "FK 2025/013652", 12, 6, "publicerad",
     "Vi söker en testledare som ser till att våra digitala tjänster fungerar för alla som använder dem.\n\n"
     "### Arbetsuppgifter\n\n"
     "Du planerar och leder testarbetet i ett utvecklingsprojekt. Du tar fram teststrategier, följer "
     "upp resultat och samarbetar med utvecklare, verksamhetsexperter och användare. Tillgänglighet "
     "är en viktig del av testerna.\n\n"
     "### Vi söker dig som\n\n"
     "- har erfarenhet av att leda testarbete i it-projekt\n"
     "- kan kraven på tillgänglighet i digitala tjänster\n"
     "- är strukturerad och trivs med att samordna.\n\n"
     "Anställningen är tidsbegränsad under projektets tid."),
    ("juridik", "Verksamhetsjurist", "Stockholm", "tillsvidare", "heltid",
     "FK 2025/014587", 1, 28, "publicerad",
     "Som verksamhetsjurist hos oss arbetar du med rättsliga frågor som påverkar många människor.\n\n"
     "### Arbetsuppgifter\n\n"
     "Du tolkar lagar och regler inom socialförsäkringen, skriver rättsliga ställningstaganden och "
     "ger stöd till handläggare och chefer. Du deltar också i arbetet med nya regler.\n\n"
     "### Vi söker dig som\n\n"
     "- har en juristexamen\n"
     "- har erfarenhet av förvaltningsrätt\n"
     "- skriver klart och enkelt, också om svåra frågor."),
    ("ekonomi", "Controller", "Stockholm", "tillsvidare", "heltid",
     "FK 2025/013519", 18, 3, "publicerad",
     "Vi söker en controller som vill bidra till att skattebetalarnas pengar används på bästa sätt.\n\n"
     "### Arbetsuppgifter\n\n"
     "Du arbetar med budget, prognoser och uppföljning för en av våra avdelningar. Du analyserar "
     "utfall och ger chefer underlag för beslut.\n\n"
     "### Vi söker dig som\n\n"
     "- har en civilekonomexamen eller annan examen som vi bedömer likvärdig\n"
     "- har erfarenhet av ekonomistyrning, gärna i staten\n"
     "- är van att arbeta i kalkylprogram och ekonomisystem."),
    ("hr", "HR-specialist med inriktning på arbetsmiljö", "Luleå", "tillsvidare", "heltid",
     "FK 2025/014633", 0, 35, "publicerad",
     "Vill du arbeta för ett hållbart arbetsliv? Vi söker en HR-specialist som stödjer chefer i "
     "arbetsmiljöfrågor.\n\n"
     "### Arbetsuppgifter\n\n"
     "Du ger råd och stöd till chefer i frågor om arbetsmiljö, rehabilitering och arbetsrätt. Du "
     "deltar i arbetet med det systematiska arbetsmiljöarbetet och håller i utbildningar.\n\n"
     "### Vi söker dig som\n\n"
     "- har en examen inom personal- och arbetslivsfrågor eller motsvarande\n"
     "- har erfarenhet av arbete som HR-specialist eller HR-generalist\n"
     "- är trygg i din roll som rådgivare."),
    ("kommunikation", "Webbredaktör", "Stockholm", "visstid", "deltid",
     "FK 2025/013744", 14, 1, "publicerad",
     "Vi söker en webbredaktör som gör det lätt för människor att förstå socialförsäkringen.\n\n"
     "### Arbetsuppgifter\n\n"
     "Du skriver och redigerar texter på våra webbplatser. Du arbetar med klarspråk och ser till att "
     "innehållet är tillgängligt för alla.\n\n"
     "### Vi söker dig som\n\n"
     "- har en utbildning inom kommunikation, journalistik eller språk\n"
     "- har erfarenhet av att skriva för webben\n"
     "- kan reglerna för tillgängligt innehåll.\n\n"
     "Anställningen är tidsbegränsad och på deltid."),
    ("sakerhet", "Informationssäkerhetsspecialist", "Linköping", "tillsvidare", "heltid",
     "FK 2025/014301", 5, 24, "publicerad",
     "Vi hanterar känsliga uppgifter om många människor, och de måste vara skyddade. Vill du hjälpa oss med det?\n\n"
     "### Arbetsuppgifter\n\n"
     "Du arbetar med informationsklassning, riskanalyser och krav på säkerhet i våra system. Du ger "
     "stöd till verksamheten och till it-projekt.\n\n"
     "### Vi söker dig som\n\n"
     "- har erfarenhet av informationssäkerhetsarbete\n"
     "- kan standarder för ledningssystem för informationssäkerhet\n"
     "- har lätt för att förklara säkerhet för andra.\n\n"
     "Tjänsten är placerad i säkerhetsklass. Vi gör en säkerhetsprövning innan du anställs."),
    ("verksamhetsutveckling", "Verksamhetsutvecklare inom kundmöten", "Örebro", "tillsvidare", "heltid",
     "FK 2025/013205", 25, -1, "publicerad",
     "Vi söker en verksamhetsutvecklare som vill göra våra möten med kunderna enklare och bättre.\n\n"
     "### Arbetsuppgifter\n\n"
     "Du driver förbättringsarbete i våra kundkanaler, till exempel telefon, webb och servicekontor. "
     "Du arbetar med analyser, workshoppar och uppföljning.\n\n"
     "### Vi söker dig som\n\n"
     "- har en akademisk examen som vi bedömer relevant\n"
     "- har erfarenhet av att leda förändringsarbete\n"
     "- sätter kundens behov först."),
    ("analys", "Analytiker inom socialförsäkringen", "Gävle", "tillsvidare", "heltid",
     "FK 2025/012988", 30, -5, "publicerad",
     "Vill du ta fram kunskap om hur socialförsäkringen fungerar? Vi söker en analytiker.\n\n"
     "### Arbetsuppgifter\n\n"
     "Du gör analyser och uppföljningar av försäkringarna. Resultaten används av ledningen och "
     "skickas ibland till regeringen.\n\n"
     "### Vi söker dig som\n\n"
     "- har en examen med inriktning mot statistik, nationalekonomi eller samhällsvetenskap\n"
     "- har erfarenhet av kvantitativa analyser\n"
     "- kan presentera resultat så att andra förstår dem."),
    ("analys", "Statistiker", "Östersund", "tillsvidare", "heltid",
     "FK 2025/014700", 0, 30, "utkast",
     "Ett utkast som HR fortfarande arbetar med. Det syns bara för redaktörer, i förhandsvisningen.\n\n"
     "### Arbetsuppgifter\n\n"
     "Du tar fram statistik om socialförsäkringen."),
]
