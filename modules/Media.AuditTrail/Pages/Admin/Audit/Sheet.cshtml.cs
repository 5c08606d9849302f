using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Security;
using Media.Abstractions.Time;
using Media.AuditTrail.Data;
using Media.AuditTrail.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.AuditTrail.Pages.Admin.Audit;

/// <summary>The 审签单 as a county centre prints and signs it (docs/admin-ui.md §9): one line per submission and per
/// round and stage, with person, role, decision, comment, 北京时间 and a signature line; the versions' and entries'
/// hashes in an appendix at the end.</summary>
[Authorize(Policy = nameof(AuditTrailPermissions.ViewAuditTrail))]
public sealed class SheetModel(AuditReader reader, IArticleHistory history, IUserDirectory users, TimeProvider clock) : PageModel
{
    public Guid Id { get; private set; }

    public IReadOnlyList<ArticleVersionSummary> Versions { get; private set; } = [];

    public IReadOnlyList<SheetRow> Rows { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public string Title => Versions.Count > 0 ? Versions[^1].Title : Id.ToString();

    public string PrintedAt { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        Versions = await history.GetVersionsAsync(id, ct);
        Entries = await reader.ForArticleAsync(id, ct);
        if (Versions.Count == 0 && Entries.Count == 0) return NotFound();
        var submitters = await SubmitterRolesAsync(ct);
        Rows = SheetRows.From(Entries, actor => actor is { } a && submitters.TryGetValue(a, out var role) ? role : null);
        PrintedAt = ChinaTime.Long(clock.GetUtcNow());
        return Page();
    }

    /// <summary>The entry that recorded a version (created/edited), for its chain hash.</summary>
    public AuditEntry? EntryFor(int version) =>
        Entries.FirstOrDefault(e => e.Version == version && !e.Action.StartsWith(SheetDecision.ReviewPrefix, StringComparison.Ordinal));

    /// <summary>Who submitted, in the newsroom's words: the first newsroom role they hold (记者 before 编辑…).</summary>
    private async Task<Dictionary<Guid, string>> SubmitterRolesAsync(CancellationToken ct)
    {
        var roles = new Dictionary<Guid, string>();
        var submitters = Entries
            .Where(e => e.Action is AuditActions.ReviewSubmitted or AuditActions.ReviewWithdrawn)
            .Select(e => e.ActorId).OfType<Guid>().Distinct();
        foreach (var actor in submitters)
        {
            if (await users.FindAsync(actor, ct) is not { } user) continue;
            if (MediaRoles.All.FirstOrDefault(r => user.Roles.Contains(r, StringComparer.OrdinalIgnoreCase)) is { } role)
                roles[actor] = RoleLabels.Label(role);
        }
        return roles;
    }
}
