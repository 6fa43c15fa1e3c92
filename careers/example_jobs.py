"""Example job ads, so that the list, its filters and its pages look real on `make run`.

Dates are days relative to the day the content is loaded: a few ads have
already closed (their addresses answer 410 Gone), one closes today, the rest
later. The reference numbers and the recruitment-system addresses are made up
(the addresses use the reserved .example domain, so they lead nowhere). The
people are made up too: their names begin with "Exempel", their phone numbers
are from the range the Swedish Post and Telecom Authority (PTS) keeps for
fiction (070-174 06 05 to 070-174 06 99) and their addresses end in @example.com.
Together they fill in every field an ad has (a test checks it), but for an English duration:
one ad, a permanent one, has an English version.
"""

APPLY_URL = "https://rekrytering.example/annons/{number}"

# Each ad: the fields of JobAd, plus role (a slug), published (days ago),
# left (days until the last application day), starts and ends (days from
# today, for starts_on and ends_on), contacts (name, title, phone, e-mail)
# and union_representatives (union, name, phone). A closed ad may say where its
# recruitment stands (recruitment_status, set status_set days ago) and, once
# filled, the decision (decision_posted days ago, decision_reference).
JOBS = [
    {'role': 'handlaggare',
     'title': 'Handläggare inom föräldraförsäkringen',
     'town': 'Göteborg',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/014210',
     'published': 7,
     'left': 14,
     'status': 'publicerad',
     'duties': 'Vill du hjälpa föräldrar att få rätt ersättning när de är hemma med sina barn? Vi söker '
               'handläggare till föräldraförsäkringen i Göteborg.\n'
               '\n'
               'Du utreder ansökningar om föräldrapenning och tillfällig föräldrapenning och fattar beslut. Du '
               'har kontakt med kunder via telefon och brev, och du samarbetar med kollegor i ditt team.\n'
               '\n'
               'Du får en grundutbildning när du börjar. Du har också en handledare de första månaderna.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har en akademisk examen som vi bedömer relevant, eller arbetslivserfarenhet som vi '
                       'bedömer likvärdig\n'
                       '- uttrycker dig väl i tal och skrift på svenska\n'
                       '- är noggrann och kan arbeta självständigt med många ärenden samtidigt.',
     'merits': '- erfarenhet av handläggning i en statlig myndighet\n- kunskap om föräldraförsäkringen',
     'working_hours': 'Dagtid, flextid',
     'openings': 3,
     'remote': 'delvis',
     'contacts': [('Exempel Anna Lind', 'Enhetschef', '070-174 06 05', 'anna.lind@example.com'),
                  ('Exempel Karim Sandberg', 'HR-specialist', '070-174 06 06', 'karim.sandberg@example.com')],
     'union_representatives': [('saco-s', 'Exempel Maja Ek', '070-174 06 07'),
                               ('st', 'Exempel Olle Berg', '070-174 06 08')]},
    {'role': 'handlaggare',
     'title': 'Handläggare till sjukförsäkringen',
     'town': 'Östersund',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/013877',
     'published': 20,
     'left': 0,
     'status': 'publicerad',
     'duties': 'Som handläggare i sjukförsäkringen gör du skillnad för människor som inte kan arbeta på grund av '
               'sjukdom.\n'
               '\n'
               'Du utreder rätten till sjukpenning. Du läser medicinska underlag, pratar med den försäkrade och '
               'ibland med arbetsgivare och vården. Sedan fattar du beslut eller ger förslag till beslut.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har en akademisk examen inom till exempel samhällsvetenskap, beteendevetenskap eller '
                       'juridik\n'
                       '- är trygg i samtal, också när det är svåra besked\n'
                       '- tar ansvar för dina ärenden och för att de blir rätt.',
     'probation': True,
     'remote': 'delvis',
     'contacts': [('Exempel Eva Holm', 'Enhetschef', '070-174 06 09', 'eva.holm@example.com')],
     'union_representatives': [('saco-s', 'Exempel Lina Nord', '070-174 06 10'),
                               ('st', 'Exempel Per Vik', '070-174 06 11')]},
    {'role': 'utredare',
     'title': 'Utredare inom felaktiga utbetalningar',
     'town': 'Malmö',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/014402',
     'published': 3,
     'left': 21,
     'status': 'publicerad',
     'duties': 'Pengarna i socialförsäkringen ska gå till dem som har rätt till dem. Som utredare hjälper du oss '
               'att upptäcka och stoppa felaktiga utbetalningar.\n'
               '\n'
               'Du utreder ärenden där det finns misstanke om fel eller fusk. Du samlar in underlag, bedömer det '
               'och skriver utredningar som håller rättsligt. Ibland samarbetar du med andra myndigheter.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har en examen inom juridik, ekonomi, kriminologi eller ett annat område som vi bedömer '
                       'relevant\n'
                       '- har erfarenhet av utredningsarbete\n'
                       '- är analytisk, noggrann och skriver tydligt.'},
    {'role': 'chef',
     'title': 'Enhetschef inom sjukförsäkringen',
     'town': 'Umeå',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/013990',
     'published': 10,
     'left': 10,
     'status': 'publicerad',
     'duties': 'Vill du leda ett team som gör nytta för människor varje dag? Vi söker en enhetschef till '
               'sjukförsäkringen i Umeå.\n'
               '\n'
               'Du leder en enhet med handläggare och ansvarar för personal, arbetsmiljö och resultat. Du skapar '
               'förutsättningar för dina medarbetare att göra ett bra arbete och utvecklas. Du ingår i en '
               'ledningsgrupp tillsammans med andra chefer.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har erfarenhet av att leda medarbetare, gärna i en statlig verksamhet\n'
                       '- har en akademisk examen som vi bedömer relevant\n'
                       '- är lyhörd, tydlig och modig i ditt ledarskap.'},
    {'role': 'it',
     'title': 'Systemutvecklare Java',
     'town': 'Sundsvall',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/014518',
     'published': 2,
     'left': 18,
     'status': 'publicerad',
     'duties': 'Våra it-system betalar ut ersättningar till människor i hela landet. Vill du vara med och '
               'utveckla dem?\n'
               '\n'
               'Du arbetar i ett team som utvecklar och förvaltar system för någon av våra försäkringar. Ni '
               'arbetar nära verksamheten och tar ansvar för hela kedjan, från idé till drift.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har erfarenhet av systemutveckling i Java\n'
                       '- har arbetat med automatiserade tester och versionshantering\n'
                       '- gillar att samarbeta och dela med dig av det du kan.',
     'merits': '- erfarenhet av Spring Boot\n- erfarenhet av att arbeta i en statlig myndighet',
     # The one example with an English version (careers/jobads_translation.py): the same ad, in English.
     'title_en': 'Java developer',
     'duties_en': 'Our IT systems pay out benefits to people all over the country. Would you like to help '
                  'develop them?\n'
                  '\n'
                  'You work in a team that develops and maintains the systems of one of our insurance '
                  'schemes. The team works closely with the business and takes responsibility for the whole '
                  'chain, from idea to operation.',
     'qualifications_en': 'We are looking for someone who\n'
                          '\n'
                          '- has experience of systems development in Java\n'
                          '- has worked with automated tests and version control\n'
                          '- likes working with others and sharing what they know.',
     'merits_en': '- experience of Spring Boot\n- experience of working in a government agency',
     'probation': True,
     'working_hours': 'Dagtid, flextid',
     'working_hours_en': 'Daytime, flexible hours',
     'starts': 60,
     'pay': 'Individuell lönesättning',
     'pay_min': 42000,
     'pay_max': 52000,
     'openings': 2,
     'remote': 'helt',
     'security_vetting': 'registerkontroll',
     'citizenship_required': True,
     'contacts': [('Exempel Jonas Ström', 'Gruppchef', '070-174 06 12', 'jonas.strom@example.com'),
                  ('Exempel Sara Åkesson', 'HR-specialist', '070-174 06 13', 'sara.akesson@example.com')],
     'union_representatives': [('saco-s', 'Exempel Nils Falk', '070-174 06 14'),
                               ('st', 'Exempel Ida Lund', '070-174 06 15'),
                               ('seko', 'Exempel Bo Rask', '070-174 06 16')]},
    {'role': 'it',
     'title': 'Testledare till våra digitala tjänster',
     'town': 'Sundsvall',
     'employment_form': 'visstid',
     'extent': 'heltid',
     'reference': 'FK 2025/013652',
     'published': 12,
     'left': 6,
     'status': 'publicerad',
     'duties': 'Vi söker en testledare som ser till att våra digitala tjänster fungerar för alla som använder '
               'dem.\n'
               '\n'
               'Du planerar och leder testarbetet i ett utvecklingsprojekt. Du tar fram teststrategier, följer '
               'upp resultat och samarbetar med utvecklare, verksamhetsexperter och användare. Tillgänglighet är '
               'en viktig del av testerna.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har erfarenhet av att leda testarbete i it-projekt\n'
                       '- kan kraven på tillgänglighet i digitala tjänster\n'
                       '- är strukturerad och trivs med att samordna.',
     'ends': 365,
     'duration': 'Under projektets tid, med möjlighet till förlängning.',
     'contacts': [('Exempel Hanna Borg', 'Projektledare', '070-174 06 17', 'hanna.borg@example.com')]},
    {'role': 'juridik',
     'title': 'Verksamhetsjurist',
     'town': 'Stockholm',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/014587',
     'published': 1,
     'left': 28,
     'status': 'publicerad',
     'duties': 'Som verksamhetsjurist hos oss arbetar du med rättsliga frågor som påverkar många människor.\n'
               '\n'
               'Du tolkar lagar och regler inom socialförsäkringen, skriver rättsliga ställningstaganden och ger '
               'stöd till handläggare och chefer. Du deltar också i arbetet med nya regler.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har en juristexamen\n'
                       '- har erfarenhet av förvaltningsrätt\n'
                       '- skriver klart och enkelt, också om svåra frågor.'},
    {'role': 'ekonomi',
     'title': 'Controller',
     'town': 'Stockholm',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/013519',
     'published': 18,
     'left': 3,
     'status': 'publicerad',
     'duties': 'Vi söker en controller som vill bidra till att skattebetalarnas pengar används på bästa sätt.\n'
               '\n'
               'Du arbetar med budget, prognoser och uppföljning för en av våra avdelningar. Du analyserar '
               'utfall och ger chefer underlag för beslut.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har en civilekonomexamen eller annan examen som vi bedömer likvärdig\n'
                       '- har erfarenhet av ekonomistyrning, gärna i staten\n'
                       '- är van att arbeta i kalkylprogram och ekonomisystem.',
     'merits': '- erfarenhet av ekonomisystem i staten'},
    {'role': 'hr',
     'title': 'HR-specialist med inriktning på arbetsmiljö',
     'town': 'Luleå',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/014633',
     'published': 0,
     'left': 35,
     'status': 'publicerad',
     'duties': 'Vill du arbeta för ett hållbart arbetsliv? Vi söker en HR-specialist som stödjer chefer i '
               'arbetsmiljöfrågor.\n'
               '\n'
               'Du ger råd och stöd till chefer i frågor om arbetsmiljö, rehabilitering och arbetsrätt. Du '
               'deltar i arbetet med det systematiska arbetsmiljöarbetet och håller i utbildningar.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har en examen inom personal- och arbetslivsfrågor eller motsvarande\n'
                       '- har erfarenhet av arbete som HR-specialist eller HR-generalist\n'
                       '- är trygg i din roll som rådgivare.'},
    {'role': 'kommunikation',
     'title': 'Webbredaktör',
     'town': 'Stockholm',
     'employment_form': 'visstid',
     'extent': 'deltid',
     'reference': 'FK 2025/013744',
     'published': 14,
     'left': 1,
     'status': 'publicerad',
     'duties': 'Vi söker en webbredaktör som gör det lätt för människor att förstå socialförsäkringen.\n'
               '\n'
               'Du skriver och redigerar texter på våra webbplatser. Du arbetar med klarspråk och ser till att '
               'innehållet är tillgängligt för alla.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har en utbildning inom kommunikation, journalistik eller språk\n'
                       '- har erfarenhet av att skriva för webben\n'
                       '- kan reglerna för tillgängligt innehåll.',
     'duration': 'Sex månader, med möjlighet till förlängning.',
     'working_hours': '75 procent, dagtid'},
    {'role': 'sakerhet',
     'title': 'Informationssäkerhetsspecialist',
     'town': 'Linköping',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/014301',
     'published': 5,
     'left': 24,
     'status': 'publicerad',
     'duties': 'Vi hanterar känsliga uppgifter om många människor, och de måste vara skyddade. Vill du hjälpa '
               'oss med det?\n'
               '\n'
               'Du arbetar med informationsklassning, riskanalyser och krav på säkerhet i våra system. Du ger '
               'stöd till verksamheten och till it-projekt.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har erfarenhet av informationssäkerhetsarbete\n'
                       '- kan standarder för ledningssystem för informationssäkerhet\n'
                       '- har lätt för att förklara säkerhet för andra.',
     'security_vetting': 'registerkontroll',
     'citizenship_required': True},
    {'role': 'verksamhetsutveckling',
     'title': 'Verksamhetsutvecklare inom kundmöten',
     'town': 'Örebro',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/013205',
     'published': 25,
     'left': -1,
     'status': 'publicerad',
     'duties': 'Vi söker en verksamhetsutvecklare som vill göra våra möten med kunderna enklare och bättre.\n'
               '\n'
               'Du driver förbättringsarbete i våra kundkanaler, till exempel telefon, webb och servicekontor. '
               'Du arbetar med analyser, workshoppar och uppföljning.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har en akademisk examen som vi bedömer relevant\n'
                       '- har erfarenhet av att leda förändringsarbete\n'
                       '- sätter kundens behov först.'},
    {'role': 'analys',
     'title': 'Analytiker inom socialförsäkringen',
     'town': 'Gävle',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/012988',
     'published': 30,
     'left': -5,
     'status': 'publicerad',
     'recruitment_status': 'intervjuer',
     'status_set': 2,
     'duties': 'Vill du ta fram kunskap om hur socialförsäkringen fungerar? Vi söker en analytiker.\n'
               '\n'
               'Du gör analyser och uppföljningar av försäkringarna. Resultaten används av ledningen och skickas '
               'ibland till regeringen.',
     'qualifications': 'Vi söker dig som\n'
                       '\n'
                       '- har en examen med inriktning mot statistik, nationalekonomi eller samhällsvetenskap\n'
                       '- har erfarenhet av kvantitativa analyser\n'
                       '- kan presentera resultat så att andra förstår dem.'},
    {'role': 'analys',
     'title': 'Statistiker',
     'town': 'Östersund',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/014700',
     'published': 0,
     'left': 30,
     'status': 'utkast',
     'duties': 'Ett utkast som HR fortfarande arbetar med. Det syns bara för redaktörer, i förhandsvisningen.\n'
               '\n'
               'Du tar fram statistik om socialförsäkringen.',
     'qualifications': '- en examen inom statistik eller ett annat område som vi bedömer relevant'},
    {'role': 'handlaggare',
     'title': 'Handläggare inom bostadsbidrag',
     'town': 'Kristianstad',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/012540',
     'published': 60,
     'left': -30,
     'status': 'publicerad',
     'recruitment_status': 'tillsatt',
     'status_set': 6,
     'decision_posted': 6,
     'decision_reference': 'FK 2025/015102',
     'duties': 'Du utreder ansökningar om bostadsbidrag till barnfamiljer och unga och fattar beslut.',
     'qualifications': '- en akademisk examen som vi bedömer relevant, eller likvärdig erfarenhet'},
    {'role': 'juridik',
     'title': 'Jurist inom förvaltningsrätt',
     'town': 'Stockholm',
     'employment_form': 'tillsvidare',
     'extent': 'heltid',
     'reference': 'FK 2025/012677',
     'published': 45,
     'left': -14,
     'status': 'publicerad',
     'recruitment_status': 'avbruten',
     'status_set': 3,
     'duties': 'Du ger juridiskt stöd i frågor om förvaltningsrätt och processföring.',
     'qualifications': '- juristexamen'},
]
