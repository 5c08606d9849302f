using Media.Abstractions.Content;
using Media.Abstractions.Time;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Data;
using Media.AuditTrail.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.AuditTrail.Pages.Admin.Audit;

/// <summary>The 审签单: every version, every review decision and every other recorded step of one article, with
/// the hashes that tie them to the chain. Made to be printed and signed on paper.</summary>
[Authorize(Policy = nameof(AuditTrailPermissions.ViewAuditTrail))]
public sealed class SheetModel(AuditReader reader, IArticleHistory history, TimeProvider clock) : PageModel
{
    public Guid Id { get; private set; }

    public IReadOnlyList<ArticleVersionSummary> Versions { get; private set; } = [];

    public IReadOnlyList<SheetDecision> Decisions { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public string Title => Versions.Count > 0 ? Versions[^1].Title : Id.ToString();

    public string PrintedAt { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        Versions = await history.GetVersionsAsync(id, ct);
        Entries = await reader.ForArticleAsync(id, ct);
        if (Versions.Count == 0 && Entries.Count == 0) return NotFound();
        Decisions = Entries.Select(SheetDecision.From).OfType<SheetDecision>().ToList();
        PrintedAt = ChinaTime.Short(clock.GetUtcNow());
        return Page();
    }

    /// <summary>The entry that recorded a version (created/edited), for its chain hash.</summary>
    public AuditEntry? EntryFor(int version) =>
        Entries.FirstOrDefault(e => e.Version == version && !e.Action.StartsWith(SheetDecision.ReviewPrefix, StringComparison.Ordinal));
}
