namespace Media.Web.Hosting;

/// <summary><c>Media:Hosting:NodeName</c>: when set, every response says which node answered it in
/// <c>X-Media-Node</c> (docs/operations.md §1.3), so an operator behind a load balancer — and the two-node test —
/// can tell the nodes apart. Unset, no header is sent.</summary>
internal static class NodeName
{
    public const string Key = "Media:Hosting:NodeName";
    public const string Header = "X-Media-Node";

    public static void UseNodeName(this WebApplication app)
    {
        var name = app.Configuration[Key]?.Trim();
        if (string.IsNullOrEmpty(name)) return;
        if (name.Length > 64 || name.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.')))
            throw new InvalidOperationException($"{Key}: '{name}' must be at most 64 letters, digits, '-', '_' or '.'.");
        app.Use((context, next) =>
        {
            // Set as the headers go out, after the output cache has copied in a page another node rendered.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = name;
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
