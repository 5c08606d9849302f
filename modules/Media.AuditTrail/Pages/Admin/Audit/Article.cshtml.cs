using Media.Abstractions.Content;
using Media.AuditTrail.Data;
using Media.AuditTrail.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.AuditTrail.Pages.Admin.Audit;

/// <summary>One article's timeline: its versions and every entry about it, oldest first.</summary>
[Authorize(Policy = nameof(AuditTrailPermissions.ViewAuditTrail))]
public sealed class ArticleModel(AuditReader reader, IArticleHistory history) : PageModel
{
    public Guid Id { get; private set; }

    public IReadOnlyList<ArticleVersionSummary> Versions { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public string Title => Versions.Count > 0 ? Versions[^1].Title : Id.ToString();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        Versions = await history.GetVersionsAsync(id, ct);
        Entries = await reader.ForArticleAsync(id, ct);
        return Versions.Count == 0 && Entries.Count == 0 ? NotFound() : Page();
    }
}
