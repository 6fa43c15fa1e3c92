from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def policy(request):
    return render(request, "cookies/policy.html")
