using Media.Abstractions.Security;
using Media.Abstractions.Time;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Data;
using Media.AuditTrail.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.AuditTrail.Pages.Admin.Audit;

/// <summary>The whole trail, newest first, with filters, keyset paging, verify and export.</summary>
[Authorize(Policy = nameof(AuditTrailPermissions.ViewAuditTrail))]
public sealed class IndexModel(
    AuditReader reader, AuditReads reads, AuditTrailVerifier verifier, AuditVerifyLimiter verifyLimiter, IUserDirectory users) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? ArticleId { get; set; }

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")] public string? ActionName { get; set; }

    /// <summary>A Beijing wall-clock time, as the datetime-local input sends it (docs/admin-ui.md §13); the query is in UTC.</summary>
    [BindProperty(SupportsGet = true)] public DateTime? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateTime? To { get; set; }

    [BindProperty(SupportsGet = true)] public long? After { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public long? Next { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public ChainVerdict? Verdict { get; private set; }

    public async Task OnGetAsync(bool verify, CancellationToken ct)
    {
        if (verify) await VerifyAsync(ct);
        var query = new AuditQuery(ArticleId, Actor, ActionName, Utc(From), Utc(To), After, AuditFilter.DefaultLimit, "desc");
        var (filter, errors) = await query.ToFilterAsync(users, ct);
        if (filter is null)
        {
            Errors = errors.ToDictionary().SelectMany(e => e.Value).ToList();
            return;
        }
        var page = await reader.ListAsync(filter, ct);
        (Entries, Next) = (page.Items, page.Next);
        await reads.ListedAsync(filter, ct);
    }

    /// <summary>Within the same bound as the API's verify (docs/http-api.md §9): when busy, the page says so.</summary>
    private async Task VerifyAsync(CancellationToken ct)
    {
        using var lease = await verifyLimiter.AcquireAsync(ct);
        if (!lease.IsAcquired)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = verifyLimiter.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Errors = [verifyLimiter.BusyMessage];
            return;
        }
        Verdict = await verifier.VerifyAsync(ct);
        await reads.VerifiedAsync(Verdict, ct);
    }

    /// <summary>The current filters as route values, for the next-page and export links.</summary>
    public Dictionary<string, string> Filters(long? after = null)
    {
        var values = new Dictionary<string, string>();
        if (ArticleId is { } a) values["articleId"] = a.ToString();
        if (!string.IsNullOrWhiteSpace(Actor)) values["actor"] = Actor;
        if (!string.IsNullOrWhiteSpace(ActionName)) values["action"] = ActionName;
        if (From is { } f) values["from"] = f.ToString("yyyy-MM-ddTHH:mm");
        if (To is { } t) values["to"] = t.ToString("yyyy-MM-ddTHH:mm");
        if (after is { } n) values["after"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    public string ExportUrl()
    {
        var query = new List<string>();
        if (Utc(From) is { } f) query.Add("from=" + Uri.EscapeDataString(f.ToString("O")));
        if (Utc(To) is { } t) query.Add("to=" + Uri.EscapeDataString(t.ToString("O")));
        return "/admin/audit/export" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    private static DateTimeOffset? Utc(DateTime? value) =>
        value is { } v ? ChinaTime.FromBeijing(v).ToUniversalTime() : null;
}
