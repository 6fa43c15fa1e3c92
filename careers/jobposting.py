"""The ad as schema.org JobPosting (JSON-LD), with what Google for Jobs reads.

Every value here is also shown on the ad's page (tests/careers/test_job_posting.py
compares them), and the HTML of `description` is the page's own sections.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from careers import markup, siteurl
from careers.jobads_translation import foreign_language, page_language


def sections(job):
    """(heading, HTML, language) for each text of the ad that has something in it, in the page's order;
    the language is the text's where it is not the page's (Swedish on an English page), else ""."""
    found = [(_("Duties"), "duties"), (_("Qualifications"), "qualifications"), (_("Meriting"), "merits")]
    return [(heading, markup.render(getattr(job, field)), foreign_language(job, field))
            for heading, field in found if (getattr(job, field) or "").strip()]


def description(job):
    return mark_safe("".join(format_html("<h2>{}</h2>{}", heading, html) for heading, html, _lang in sections(job)))


def job_posting(job, people=True):
    """The JobPosting; without contact persons when `people` is false (the ad has closed)."""
    data = {
        # JobPosting has no property for its language (inLanguage is a CreativeWork's): JSON-LD's own
        # default language of the strings says it. Swedish for an ad without English on an English page.
        "@context": ["https://schema.org", {"@language": foreign_language(job, "title") or page_language()}],
        "@type": "JobPosting",
        "url": siteurl.absolute(job.get_absolute_url()),  # this language's page of the ad
        "title": job.title,
        "description": str(description(job)),
        "datePosted": job.published_on,
        "validThrough": job.closes_at,
        "employmentType": job.employment_types,
        "hiringOrganization": {
            "@type": "Organization",
            "name": job.ORGANISATION,
            "identifier": {"@type": "PropertyValue", "propertyID": "organisationsnummer",
                           "value": job.ORGANISATION_NUMBER},
        },
        "jobLocation": {"@type": "Place", "address": {
            "@type": "PostalAddress", "addressLocality": job.town, "addressCountry": "SE"}},
        "identifier": {"@type": "PropertyValue", "name": job.ORGANISATION, "value": job.reference},
        "totalJobOpenings": job.openings,
        "directApply": False,
    }
    if job.starts_on:
        data["jobStartDate"] = job.starts_on
    if job.has_pay_range:
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": "SEK", "value": {
            "@type": "QuantitativeValue", "minValue": job.pay_min, "maxValue": job.pay_max, "unitText": "MONTH"}}
    if job.remote == job.Remote.FULLY:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": "Sverige"}
    if job.role.ssyk_code:
        data["occupationalCategory"] = {"@type": "CategoryCode", "codeValue": job.role.ssyk_code,
                                        "inCodeSet": "SSYK 2012"}
    if people:
        contacts = [{"@type": "ContactPoint", "name": person.name, "contactType": person.job_title,
                     **({"telephone": person.phone} if person.phone else {}),
                     **({"email": person.email} if person.email else {})}
                    for person in job.contacts.all()]
        if contacts:
            data["applicationContact"] = contacts
    return data


# Inside <script>, "</script>" or "<!--" in an editor's text would end the
# element early; escaped like json_script() does, the JSON means the same.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))
