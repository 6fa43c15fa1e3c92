"""Fill an empty database with the site's content; leave whatever already exists alone.

Safe to run on every start (`make run` does): it only creates what is
missing, so nothing that HR editors have changed in the admin is overwritten.
"""

from datetime import date, datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from benefits.models import Amount, Benefit, VacationTier
from careers import content
from careers.models import Link, Page, Role, Section, Testimonial

# The date the brief gives as "Senast uppdaterad".
CONTENT_DATE = timezone.make_aware(datetime(2025, 6, 25, 12, 0))


class Command(BaseCommand):
    help = "Fyller en tom databas med webbplatsens innehåll. Ändrar inget som redan finns."

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
                Page.objects.filter(pk=page.pk).update(updated_at=CONTENT_DATE)
                created.append(page)
        for order, (slug, title, summary, description) in enumerate(content.ROLES):
            _, new = Role.objects.get_or_create(slug=slug, defaults={
                "title": title, "summary": summary, "description": description, "order": order})
            created += [slug] if new else []
        if not Testimonial.objects.exists():
            Testimonial.objects.create(**content.FILM)
            created.append("film")
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
        self.stdout.write(f"Innehållet är på plats ({len(created)} nya delar).")

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
