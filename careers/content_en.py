"""The site's first content in English: the same facts as careers/content.py, in plain English.

Each text is found by what names its Swedish twin (a page's slug and a section's anchor, a
role's slug, a benefit's or a link's Swedish title). `manage.py loadcontent` writes a text
only where the English is still empty, so an editor's English is never overwritten. Links to
this site's pages are written as {names} and filled in with the English addresses.
"""

# {name}: (route, query string): the English address of a page that a text links to.
ADDRESSES = {
    "roles": ("careers:role-list", ""),
    "jobs": ("careers:job-list", ""),
    "it_jobs": ("careers:job-list", "?yrkesroll=it"),
    "decisions": ("careers:decision-list", ""),
}

HOME_SECTIONS = {
    "": (None, (
        "We are about 13 000 colleagues all over Sweden. Many of us work as case officers, "
        "investigators or managers in the insurances. Many others work with IT, law, finance, HR, "
        "communication, security, business development and analysis."
    )),
    "yrkesroller": ("Our roles", "Here you can read about the different roles we have and what they involve."),
    "medarbetare": ("What our colleagues say", "Here some of us tell what it is like to work here."),
    "formaner": ("Benefits", "As an employee you get several benefits. Here are the most important ones."),
    "distansarbete": ("Remote work", (
        "You can work part of your working time remotely. That can make it easier to fit work "
        "and the rest of your life together. How much you can work remotely depends on the job. "
        "Ask the recruiting manager or the HR specialist for the post."
    )),
    "anstalld-i-staten": ("Working for the state", (
        "As a state employee you follow the common values of the state. They build on the "
        "constitution and mean that we work democratically and for the good of society.\n\n"
        "[Read about the common values of the state (in Swedish)]"
        "(https://www.arbetsgivarverket.se/jobba-statligt/gemensam-vardegrund/)\n\n"
        "Försäkringskassan also has an ethical code that builds on these values. It helps us when "
        "we meet the public and each other."
    )),
    "utveckling": ("Room to grow", (
        "We are one of Sweden's largest government agencies. That is why there is a wide range of "
        "work here, and you can grow in many ways.\n\n"
        "You can take our internal courses, both on the web and with a teacher. You can also take "
        "on tasks beside your usual role, for example:\n\n"
        "- be a mentor for new colleagues\n"
        "- teach others in your field\n"
        "- work in projects for the whole agency, for example in digitalisation."
    )),
    "hallbarhet": ("Our sustainability work", (
        "We work with sustainability in three ways: environmental, social and economic.\n\n"
        "We work systematically with the work environment, so that everyone can have a sustainable "
        "working life. Every employee takes a course on the environment."
    )),
    "uppdrag": ("Our mission", (
        "Försäkringskassan is responsible for large parts of the social insurance. Our work gives "
        "people financial security at different stages of life."
    )),
    "relaterade-lankar": ("Related links", ""),
}

# slug: (title, lead, body, {anchor: (heading, body)})
PAGES = {
    "jobba-pa-forsakringskassan": (
        "Work at Försäkringskassan", "With us, you make a difference for people all over the country.",
        "", HOME_SECTIONS),
    "om-forsakringskassan": (
        "About Försäkringskassan",
        "Försäkringskassan, the Swedish Social Insurance Agency, is a government agency responsible for "
        "large parts of the social insurance.",
        "The social insurance gives people financial security at different stages of life: when they "
        "have children, when they fall ill, when they have a disability and when they grow older.\n\n"
        "We are all over Sweden and about 13 000 employees.", {
            "vad-vi-gor": ("What we do", (
                "We investigate and decide on benefits and allowances, for example parental benefit, "
                "sickness benefit and housing allowance. We pay out the money and make sure it goes "
                "to those who are entitled to it.\n\n"
                "We also give information and service, so that people know what they are entitled "
                "to and what to do."
            )),
            "hur-vi-arbetar": ("How we work", (
                "As a government agency we follow the common values of the state. We are to be "
                "democratic, follow the law, be objective and impartial, respect the equal worth of "
                "all people and give good service.\n\n"
                "We keep developing our digital services, so that it becomes easier for people to "
                "apply and to follow their cases."
            )),
            "arbeta-hos-oss": ("Working with us", (
                "We have many different kinds of jobs. [Read about our roles]({roles}) or "
                "[see which jobs are open right now]({jobs})."
            )),
        }),
    "var-rekryteringsprocess": (
        "Our recruitment process", "How it works when you apply for a job with us, from ad to employment.",
        "The process can differ a little between jobs. The ad says what applies to that job.", {
            "du-soker": ("1. You apply for the job", (
                "Every job you can apply for is on the page [Open jobs]({jobs}). You apply through "
                "the link in the ad. It takes you to our recruitment system, where you send in your "
                "application.\n\n"
                "Read the ad carefully and describe how you meet the requirements. Send your "
                "application no later than the last application day given in the ad."
            )),
            "urval": ("2. We go through the applications", (
                "When the last application day has passed, we go through all applications and compare "
                "them with the requirements in the ad. Everyone who applies is judged in the same "
                "way, by what they know and what they have done."
            )),
            "intervju": ("3. Interviews and tests", (
                "Those who best meet the requirements are invited to an interview. The interview can "
                "be in person or by video. Sometimes you also take a test or do a work sample. We "
                "take references for those who are being considered for the job."
            )),
            "besked": ("4. Decision and employment", (
                "Everyone who has applied hears from us when the recruitment is finished. The person "
                "who gets the job gets an offer of employment.\n\n"
                "Some jobs are placed in a security class. Then we carry out a security vetting "
                "before you are employed. The ad says if the job is placed in a security class."
            )),
            "allman-handling": ("Your application becomes a public document", (
                "When your application reaches us, it becomes a public document. This means that "
                "anyone can ask to read it, unless the information is protected by secrecy."
            )),
            "skyddade-personuppgifter": ("If your personal details are protected", (
                "Are your personal details protected, for example because of a protected identity? "
                "Then do not send your application through the recruitment system. Contact the "
                "contact person in the ad instead, and you will get help to apply in another, safe way."
            )),
        }),
    "jobba-med-it": (
        "Work with IT at Försäkringskassan", "We need many people who know IT to develop our digital services.",
        "Many of us work with IT: developing, maintaining and protecting the systems that the social "
        "insurance is built on. The systems pay benefits to people all over the country. That is why "
        "it matters that they work, are secure and are easy to use.", {
            "arbetsuppgifter": ("What you can work with", (
                "In IT you can work, for example, as a\n\n"
                "- software developer\n"
                "- architect\n"
                "- tester or test lead\n"
                "- specialist in operations, networks or information security\n"
                "- project manager or product owner."
            )),
            "sa-arbetar-vi": ("How we work", (
                "We work in teams that take responsibility for their systems, close to the colleagues "
                "who use them. You can also work in projects for the whole agency, for example in "
                "digitalisation.\n\n"
                "As in all our jobs, you can grow through internal courses and new tasks."
            )),
            "lediga-jobb": ("Open jobs in IT", "[See all open jobs in IT]({it_jobs})"),
        }),
    "tillganglighetsredogorelse": (
        "Accessibility of Work at Försäkringskassan", "We want everyone to be able to use this website.",
        "Försäkringskassan is responsible for the website Work at Försäkringskassan. Here we describe "
        "how the website meets the Swedish law on accessibility to digital public services, which "
        "shortcomings we know of and how you can tell us about problems, so that we can fix them.", {
            "hur-tillganglig": ("How accessible is the website?", (
                "The website is partly compliant with the law (2018:1937) on accessibility to digital "
                "public services, because of the shortcomings listed below.\n\n"
                "The aim is for the website to meet the requirements of WCAG 2.2 at level AA."
            )),
            "kanda-brister": ("Shortcomings we know of", (
                "- **You apply on another website.** When you apply for a job, you are taken to our "
                "recruitment system. It is not part of this review. If you cannot use the system, "
                "you can contact the contact person in the ad and get help to apply in another way.\n"
                "- **Films on other websites.** The films we link to are on other websites, and we have "
                "not reviewed their subtitles. Every film has a text version here on the website.\n"
                "- **Not tested with every assistive technology.** We have not yet tested the website "
                "with every kind of screen reader and magnifier. There may be shortcomings that we "
                "have not found."
            )),
            "granskning": ("How we reviewed the website", (
                "We reviewed the website ourselves. We tested every page with the automatic tool "
                "axe-core against the requirements of WCAG 2.2 at levels A and AA. We also used the "
                "website with a keyboard only, with enlarged text and on a narrow screen, as on a "
                "mobile phone.\n\n"
                "The review was made on 25 June 2025. This statement was last updated on 25 June 2025."
            )),
            "kontakt": ("Tell us if something does not work", (
                "If you cannot use something on the website, or if you need the content in another "
                "form, please tell us. Write which page it is about, what you tried to do and how we "
                "can reach you.\n\n"
                "You find our contact details at [forsakringskassan.se](https://www.forsakringskassan.se/)."
            )),
            "tillsyn": ("If you are not satisfied", (
                "The Agency for Digital Government (Digg) supervises the law on accessibility to "
                "digital public services. If you are not satisfied with how we have handled your "
                "comments, you can report it to Digg.\n\n"
                "[Report a lack of accessibility to Digg (in Swedish)](https://www.digg.se/tdosanmalan)"
            )),
        }),
    "overklaga-anstallningsbeslut": (
        "How to appeal a decision to employ",
        "Have you applied for a job with us and think that you are better qualified than the person "
        "we employed? Then you can often appeal the decision.",
        "When we have decided whom to employ, we post the decision on our notice board. You see the "
        "decision and the day it was posted in the list of [decisions that can be appealed]({decisions}) "
        "and on the page of the ad.\n\n"
        "Not every decision can be appealed. Each decision says whether it can.", {
            "vad-du-skriver": ("What you write", (
                "Write your appeal yourself, on paper or in an e-mail. Write:\n\n"
                "- which decision you appeal: the job and the decision's reference number\n"
                "- why you think the decision is wrong\n"
                "- what change you want\n"
                "- your name and how we can reach you."
            )),
            "vart": ("Where to send it", (
                "Send the appeal to us at Försäkringskassan, not to the state's appeals board that decides "
                "on it. Send it to our registry: registratur@example.com."
            )),
            "nar": ("When it must reach us", (
                "Your appeal must reach us within three weeks from the day the decision was posted on "
                "the notice board. Each decision gives the last day.\n\n"
                "If the last day is a Saturday, a Sunday, a public holiday, Midsummer Eve, Christmas Eve "
                "or New Year's Eve, it is enough that the appeal reaches us on the next weekday.\n\n"
                "We check that the appeal came in time. If it comes too late, we reject it. You can "
                "appeal that decision too."
            )),
            "sedan": ("What happens next", (
                "If the appeal came in time, we send it on to the state's appeals board, which belongs to "
                "the Legal, Financial and Administrative Services Agency (Kammarkollegiet). The board "
                "examines whether the decision is right and decides the matter.\n\n"
                "The board's decision cannot be appealed."
            )),
            "allman-handling": ("The decision is a public document", (
                "We do not write on the web whom we have employed. The decision is a public document, "
                "and anyone may ask to read it. The same goes for the applications, unless the "
                "information is covered by secrecy.\n\n"
                "Ask our registry for the decision and give its reference number: registratur@example.com."
            )),
        }),
}

# slug: (title, summary, description, requirements)
ROLES = {
    "handlaggare": (
        "Case officer", "You investigate and decide on benefits in the social insurance.",
        "As a case officer you handle cases in one of our insurances, for example parental insurance "
        "or sickness insurance. You gather the facts, assess the right to benefit and make decisions. "
        "You are often in touch with the people the cases are about.",
        "- a university degree, or experience that we judge equivalent\n"
        "- that you are careful and can make decisions that follow the law\n"
        "- that you express yourself well in Swedish, in speech and in writing."),
    "utredare": (
        "Investigator", "You investigate cases that call for deeper knowledge.",
        "As an investigator you go into cases and rules in depth and give the grounds for decisions. "
        "It can be, for example, about finding incorrect payments.",
        "- a university degree in, for example, law, economics or social science\n"
        "- experience of investigative work\n"
        "- that you are analytical and write clearly."),
    "chef": (
        "Manager", "You lead people and operations.",
        "As a manager with us you lead a group of employees and are responsible for the operations "
        "reaching their goals. You are responsible for staff, work environment and results.",
        "- experience of leading people\n"
        "- that you communicate clearly and listen\n"
        "- that you want to develop both the operations and your employees."),
    "it": (
        "IT", "You develop and maintain the systems that the social insurance is built on.",
        "In IT you work, for example, as a developer, architect or tester, or with operations and security.",
        "- an education in IT, or experience that we judge equivalent\n"
        "- that you like solving problems together with others\n"
        "- for some jobs: that you can go through a security vetting."),
    "juridik": (
        "Law", "You interpret rules and give support on legal questions.",
        "As a lawyer you work with the laws and rules of the social insurance. You support case "
        "officers and managers and write legal positions.",
        "- a law degree\n"
        "- preferably experience of administrative law\n"
        "- that you write clearly and simply."),
    "ekonomi": (
        "Finance", "You work with the agency's finances and management.",
        "In finance you work, for example, with accounting, budgets, follow-up or controlling.",
        "- a degree in business or economics, or experience that we judge equivalent\n"
        "- that you are careful and keep track of details\n"
        "- that you can explain figures so that others understand them."),
    "hr": (
        "HR", "You work with the employees' terms, health and development.",
        "In HR you support managers and employees, for example in recruitment, work environment and "
        "skills development.",
        "- an education in human resources and working life, or equivalent experience\n"
        "- that you enjoy being an adviser\n"
        "- that you know employment law or want to learn it."),
    "kommunikation": (
        "Communication", "You make it easy to understand what we do and why.",
        "In communication you work with texts, the web, press and internal communication.",
        "- an education in communication, journalism or languages\n"
        "- that you write plain language\n"
        "- that you can make content accessible to everyone."),
    "sakerhet": (
        "Security", "You protect information, people and operations.",
        "In security you work with information security, physical security and continuity.",
        "- experience of security work\n"
        "- that you find it easy to explain risks and rules\n"
        "- that you can go through a security vetting."),
    "verksamhetsutveckling": (
        "Business development", "You make our work better and simpler.",
        "In business development you work on improving ways of working, processes and services.",
        "- a university degree, or experience that we judge equivalent\n"
        "- experience of leading change\n"
        "- that you start from what customers and employees need."),
    "analys": (
        "Analysis", "You produce the knowledge that decisions are based on.",
        "As an analyst you work with statistics, follow-up and analyses of the social insurance.",
        "- a degree in, for example, statistics, economics or social science\n"
        "- experience of quantitative analysis\n"
        "- that you can present results clearly."),
}

FILM = {
    "name": "Employees at Försäkringskassan",
    "quote": "The work feels important, the competence is high and the chances to build a career are great.",
    "transcript": (
        "In the film, employees from different parts of Försäkringskassan talk about their work. They "
        "say that the work feels important, that their colleagues' competence is high and that there "
        "are great chances to build a career with us."
    ),
}

# Swedish title: (title, text)
BENEFITS = {
    "Flextid": ("Flexible hours", "You can decide yourself when you start and end your working day."),
    "Friskvårdsbidrag": ("Wellness allowance", (
        "You get an allowance that you can use for keeping fit, for example exercise.")),
    "Friskvårdstimme": ("Wellness hour", "You get one wellness hour every week on paid working time."),
    "Semester": ("Vacation", "You get generous vacation. How many days depends on your age, see the table."),
    "Föräldralön": ("Parental pay", (
        "When you are on parental leave you get parental pay for 360 days. It is 10 percent of a "
        "full-time salary.")),
    "Tjänstepension": ("Occupational pension", (
        "You get the state occupational pension under PA 16, the state's pension agreement. You get it "
        "on top of the general pension.")),
    "Ersättning för vård och läkemedel": ("Help with healthcare and medicines", (
        "You can get some compensation for what you pay for healthcare and medicines.")),
    "Ledigt när du flyttar": ("Time off when you move", "You get paid leave when you move house."),
}

# The amounts' units: Swedish: English.
UNITS = {"kr per år": "SEK per year"}

# Swedish title: English title
LINKS = {
    "Lediga jobb": "Open jobs",
    "Träffa våra medarbetare": "Meet our colleagues",
    "Jobba med it hos oss": "Work with IT at Försäkringskassan",
    "Om Försäkringskassan": "About Försäkringskassan",
    "Våra yrkesroller": "Our roles",
    "Vår rekryteringsprocess": "Our recruitment process",
    "Följ oss på Linkedin": "Follow us on LinkedIn",
}
