def consent(request):
    return {"consent": getattr(request, "consent", "")}
