"""Fill an empty database with the site's content; leave whatever already exists alone.

Safe to run on every start (`make run` does): it only creates what is
missing, so nothing that HR editors have changed in the admin is overwritten.
English (careers/content_en.py) goes only into an empty English field beside
the Swedish seed text it translates: not over an editor's English, and not
beside a Swedish text that an editor has rewritten.
"""

from datetime import date, datetime, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import override

from benefits.models import Amount, Benefit, VacationTier
from careers import content, content_en, example_jobs, examplefilm
from careers.filmadmin import FilmForm
from careers.media import examples
from careers.models import Film, JobAd, Link, Page, Role, Section, Testimonial

# The date the brief gives as "Senast uppdaterad".
CONTENT_DATE = timezone.make_aware(datetime(2025, 6, 25, 12, 0))

# The example ads' days that count back from today (careers/example_jobs.py); the others count forward.
DAYS_AGO = {"published", "status_set", "decision_posted"}


class Command(BaseCommand):
    help = "Fyller en tom databas med webbplatsens innehåll. Ändrar inget som redan finns."

    def add_arguments(self, parser):
        # Off by default: a deploy runs this command too, and made-up ads must
        # never be published on the real site.
        parser.add_argument("--examples", action="store_true",
                            help="Skapa också exempel på platsannonser, porträtt och en exempelfilm, "
                                 "för utveckling och test.")

    @transaction.atomic
    def handle(self, *args, **options):
        created = []
        for slug, title, lead, body, sections in content.PAGES:
            page, new = Page.objects.get_or_create(slug=slug, defaults={
                "title": title, "lead": lead, "body": body, "is_published": True,
                "meta_description": lead[:300],
            })
            if new:
                for order, (heading, anchor, text, listing) in enumerate(sections):
                    Section.objects.create(page=page, heading=heading, anchor=anchor, body=text,
                                           listing=listing, order=order)
                if slug not in content.WRITTEN_LATER:
                    Page.objects.filter(pk=page.pk).update(updated_at=CONTENT_DATE)
                created.append(page)
        for order, (slug, title, summary, description, requirements) in enumerate(content.ROLES):
            _, new = Role.objects.get_or_create(slug=slug, defaults={
                "title": title, "summary": summary, "description": description,
                "requirements": requirements, "order": order, "ssyk_code": content.SSYK_CODES.get(slug, "")})
            created += [slug] if new else []
        if options["examples"]:
            created += self.create_example_jobs()
        if not Testimonial.objects.exists():
            Testimonial.objects.create(**content.FILM)
            created.append("film")
        if options["examples"]:
            created += examples.give_portraits(Testimonial.objects.all())
            created += self.create_example_film()
        for order, (title, text, amounts) in enumerate(content.BENEFITS):
            benefit, new = Benefit.objects.get_or_create(title=title, defaults={"text": text, "order": order})
            if new:
                for amount, unit, valid_from in amounts:
                    Amount.objects.create(benefit=benefit, amount=amount, unit=unit,
                                          valid_from=date.fromisoformat(valid_from))
                created.append(benefit)
        if not VacationTier.objects.exists():
            VacationTier.objects.bulk_create(
                VacationTier(from_age=age, days=days) for age, days in content.VACATION_TIERS
            )
            created.append("semester")
        created += self.create_links()
        translated = fill_english()
        self.stdout.write(f"Innehållet är på plats ({len(created)} nya delar, {translated} översatta till engelska).")

    def create_example_jobs(self):
        """Made-up ads, dated around today so that the list looks real; known by reference number."""
        today = timezone.localdate()
        roles = {role.slug: role for role in Role.objects.all()}
        existing = set(JobAd.objects.values_list("reference", flat=True))
        created = []
        for example in example_jobs.JOBS:
            fields = dict(example)
            role, days = roles.get(fields.pop("role")), {
                name: fields.pop(name, None)
                for name in ("published", "left", "starts", "ends", "status_set", "decision_posted")}
            contacts, unions = fields.pop("contacts", []), fields.pop("union_representatives", [])
            if role is None or fields["reference"] in existing:
                continue
            on = {name: None if number is None else today + timedelta(days=-number if name in DAYS_AGO else number)
                  for name, number in days.items()}
            job = JobAd(role=role, slug=slugify(fields["title"]),
                        apply_url=example_jobs.APPLY_URL.format(number=fields["reference"].rsplit("/", 1)[-1]),
                        published_on=on["published"], last_day=on["left"], starts_on=on["starts"],
                        ends_on=on["ends"], recruitment_status_set_on=on["status_set"],
                        decision_posted_on=on["decision_posted"], **fields)
            job.save()
            for name, title, phone, email in contacts:
                job.contacts.create(name=name, job_title=title, phone=phone, email=email)
            for union, name, phone in unions:
                job.union_representatives.create(union=union, name=name, phone=phone)
            created.append(job)
        return created

    def create_example_film(self):
        """The example film (careers/examplefilm.py) on the seed's testimonial, through HR's own checks."""
        testimonial = Testimonial.objects.filter(name=content.FILM["name"]).first()
        if testimonial is None or Film.objects.filter(testimonial=testimonial).exists():
            return []
        files = {name: SimpleUploadedFile(name, (examplefilm.FOLDER / name).read_bytes())
                 for name in ("film.mp4", "film.webm", "poster.webp")}
        form = FilmForm({"testimonial": testimonial.pk, "transcript": examplefilm.TRANSCRIPT}, {
            "mp4": files["film.mp4"], "webm": files["film.webm"], "poster": files["poster.webp"],
            "captions_sv": SimpleUploadedFile("captions-sv.vtt", examplefilm.CAPTIONS_SV.encode()),
        })
        if not form.is_valid():  # ffprobe missing, for one: the site works without the film
            errors = "; ".join(str(error) for errors in form.errors.values() for error in errors)
            self.stderr.write(f"Exempelfilmen skapas inte: {errors}")
            return []
        return [form.save()]

    def create_links(self):
        pages = {page.slug: page for page in Page.objects.all()}
        existing = set(Link.objects.values_list("title", flat=True))
        created = []
        for order, (title, target) in enumerate(content.LINKS):
            if title in existing:
                continue
            if target in pages:
                link = Link(title=title, page=pages[target], order=order)
            elif target.startswith("https://"):
                link = Link(title=title, url=target, is_external=True, order=order)
            else:
                try:
                    url = reverse(target)
                except NoReverseMatch:
                    self.stderr.write(f"Länken {title} väntar på sidan {target} och skapas inte nu.")
                    continue
                link = Link(title=title, url=url, order=order)
            link.save()
            created.append(link)
        return created


def fill_english():
    """The seed's English, where English is empty and the Swedish is still the seed's; how many objects got some."""
    with override("en"):
        addresses = {name: reverse(route) + query for name, (route, query) in content_en.ADDRESSES.items()}
    filled = 0

    def fill(obj, swedish, english):
        """Set each empty field_en whose field_sv is the seed's Swedish; `swedish`, `english`: {field: text}."""
        nonlocal filled
        names = [name for name, text in english.items()
                 if text and not getattr(obj, f"{name}_en") and getattr(obj, f"{name}_sv") == swedish[name]]
        for name in names:
            setattr(obj, f"{name}_en", english[name].format(**addresses))
        if names:
            obj.save(update_fields=[f"{name}_en" for name in names])
            filled += 1

    pages = {page.slug: page for page in Page.objects.prefetch_related("sections")}
    for slug, title, lead, body, sections in content.PAGES:
        if (page := pages.get(slug)) is None:
            continue
        en_title, en_lead, en_body, en_sections = content_en.PAGES[slug]
        fill(page, {"title": title, "lead": lead, "body": body, "meta_description": lead[:300]},
             {"title": en_title, "lead": en_lead, "body": en_body, "meta_description": en_lead[:300]})
        by_anchor = {section.anchor: section for section in page.sections.all()}
        for heading, anchor, text, _listing in sections:
            if anchor in by_anchor and anchor in en_sections:
                en_heading, en_text = en_sections[anchor]
                fill(by_anchor[anchor], {"heading": heading, "body": text}, {"heading": en_heading, "body": en_text})
    roles = {role.slug: role for role in Role.objects.all()}
    for slug, *texts in content.ROLES:
        if slug in roles:
            names = ("title", "summary", "description", "requirements")
            fill(roles[slug], dict(zip(names, texts, strict=True)),
                 dict(zip(names, content_en.ROLES[slug], strict=True)))
    for film in Testimonial.objects.filter(name_sv=content.FILM["name"]):
        fill(film, content.FILM, content_en.FILM)
    for benefit in Benefit.objects.all():
        for title, text, _amounts in content.BENEFITS:
            if benefit.title_sv == title:
                en_title, en_text = content_en.BENEFITS[title]
                fill(benefit, {"title": title, "text": text}, {"title": en_title, "text": en_text})
    for amount in Amount.objects.filter(unit_sv__in=content_en.UNITS):
        fill(amount, {"unit": amount.unit_sv}, {"unit": content_en.UNITS[amount.unit_sv]})
    for link in Link.objects.filter(title_sv__in=content_en.LINKS):
        fill(link, {"title": link.title_sv}, {"title": content_en.LINKS[link.title_sv]})
    return filled
