from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Prefetch, Q, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class AmountQuerySet(models.QuerySet):
    def in_force(self, date):
        """The amount of each benefit that applies on `date`: the latest one that has started."""
        latest = self.model.objects.filter(
            benefit=OuterRef("benefit"), valid_from__lte=date
        ).order_by("-valid_from")
        return self.filter(pk=Subquery(latest.values("pk")[:1]))

    def upcoming(self, date):
        return self.filter(upcoming_on(date))


def upcoming_on(date):
    """An amount that has not started on `date`."""
    return Q(valid_from__gt=date)


class BenefitQuerySet(models.QuerySet):
    def with_amounts(self, date):
        """Benefits with `current_amounts` (at most one) and `upcoming_amounts` on `date`, in one query.

        The amounts in force and the upcoming ones are read together, in date order, each
        marked by the database as upcoming or not (Benefit's two properties split them).
        """
        shown = (Amount.objects.in_force(date) | Amount.objects.upcoming(date)).annotate(
            is_upcoming=ExpressionWrapper(upcoming_on(date), output_field=BooleanField()))
        return self.prefetch_related(Prefetch("amounts", shown.order_by("valid_from"), to_attr="shown_amounts"))


class Benefit(models.Model):
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), blank=True, help_text=_("Markdown: paragraphs, lists, links and emphasis."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = BenefitQuerySet.as_manager()

    class Meta:
        verbose_name = _("benefit")
        verbose_name_plural = _("benefits")
        ordering = ["order", "title_sv"]  # the Swedish order in both languages (careers/translation.py)

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("careers:home") + "#formaner"

    def drawn_key(self):
        """With BenefitQuerySet.with_amounts(): every value its card shows, a key for `{% once %}`."""
        return (self.pk, self.title_sv, self.text_sv, self.title_en, self.text_en,
                *((amount.amount, amount.unit_sv, amount.unit_en, amount.valid_from, amount.is_upcoming)
                  for amount in self.shown_amounts))

    @property
    def current_amounts(self):
        """With BenefitQuerySet.with_amounts(): the amount in force, in a list of at most one."""
        return [amount for amount in self.shown_amounts if not amount.is_upcoming]

    @property
    def upcoming_amounts(self):
        """With BenefitQuerySet.with_amounts(): the amounts still to come, the first first."""
        return [amount for amount in self.shown_amounts if amount.is_upcoming]


class Amount(models.Model):
    benefit = models.ForeignKey(Benefit, verbose_name=_("benefit"), on_delete=models.CASCADE,
                                related_name="amounts")
    amount = models.PositiveIntegerField(_("amount"))
    unit = models.CharField(_("unit"), max_length=50, help_text=_("For example “kr per år”."))
    valid_from = models.DateField(_("valid from"))

    objects = AmountQuerySet.as_manager()

    class Meta:
        verbose_name = _("amount")
        verbose_name_plural = _("amounts")
        ordering = ["benefit", "valid_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["benefit", "valid_from"], name="one_amount_per_benefit_and_day",
                violation_error_message=_("This benefit already has an amount from that day."),
            ),
        ]

    def __str__(self):
        return f"{self.amount} {self.unit}"


class TierQuerySet(models.QuerySet):
    def table(self):
        """The tiers in age order; the first gets `until_age` when another tier follows it."""
        tiers = list(self.order_by("from_age"))
        for tier in tiers:
            tier.until_age = None
        if len(tiers) > 1:
            tiers[0].until_age = tiers[1].from_age - 1
        return tiers


class VacationTier(models.Model):
    from_age = models.PositiveSmallIntegerField(
        _("from the year you turn"), unique=True,
        validators=[MaxValueValidator(100)],
        error_messages={"unique": _("There is already a tier from that age.")},
        help_text=_("The first tier applies to everyone younger than the next one."),
    )
    days = models.PositiveSmallIntegerField(
        _("vacation days"), validators=[MinValueValidator(1), MaxValueValidator(60)]
    )

    objects = TierQuerySet.as_manager()

    class Meta:
        verbose_name = _("vacation tier")
        verbose_name_plural = _("vacation tiers")
        ordering = ["from_age"]

    def __str__(self):
        return f"{self.from_age}: {self.days}"

    @staticmethod
    def entitlement(tiers, birth_year, year):
        """Days in `year` for someone born in `birth_year`, and when and to what they rise next.

        The one place the age rule lives: you move up to a tier from the
        calendar year in which you turn its age. `tiers` is the table, in age order.
        """
        age = year - birth_year
        current = [tier for tier in tiers if tier.from_age <= age]
        following = [tier for tier in tiers if tier.from_age > age]
        return {
            "days": current[-1].days if current else None,
            "next_year": birth_year + following[0].from_age if following else None,
            "next_days": following[0].days if following else None,
        }

    def clean(self):
        if self.days is None or self.from_age is None:
            return
        others = VacationTier.objects.exclude(pk=self.pk)
        younger = others.filter(from_age__lt=self.from_age).order_by("-from_age").first()
        older = others.filter(from_age__gt=self.from_age).order_by("from_age").first()
        if (younger and younger.days > self.days) or (older and older.days < self.days):
            raise ValidationError(
                {"days": _("The days must not go down with age: an older tier needs at least "
                           "as many days as a younger one.")}
            )
