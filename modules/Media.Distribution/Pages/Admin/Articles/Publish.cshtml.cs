using System.Globalization;
using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Abstractions.Time;
using Media.Distribution.Channels;
using Media.Distribution.Components;
using Media.Distribution.Publishing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Distribution.Pages.Admin.Articles;

/// <summary>发布: choose the channels (the county site always goes) and, optionally, a Beijing time to publish at.
/// The desk decides; this page only says its answer readably. A user with TOTP and no recent proof types the 动态验证码
/// into the same form (docs/accounts.md §9).</summary>
[Authorize(Policy = nameof(EditorialPermissions.PublishArticles))]
public sealed class PublishModel(IArticleLifecycle articles, ChannelDesk channels, PublishDesk desk, PublishReadiness readiness,
    IStepUpGate stepUp, TimeProvider clock) : PageModel
{
    public ArticleState Article { get; private set; } = null!;

    public IReadOnlyList<ChannelResponse> Channels { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>What the desk refused, shown with <c>_Refusal</c> (docs/admin-ui.md §13).</summary>
    public Outcome? Refused { get; private set; }

    /// <summary>The refusal of a form posted without its 确认发布 tick.</summary>
    public static readonly Outcome Unconfirmed = Outcome.Unprocessable("confirmed", "Tick the confirmation to publish.", "The publication was not confirmed.")
        .Says("请先勾选“我已核对稿件与渠道，确认发布”，稿件未发布。");

    public Guid[] Chosen { get; private set; } = [];

    /// <summary>Each channel type's problems with this version (docs/wechat.md §16): such a channel cannot be ticked.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ReadinessProblem>> Readiness { get; private set; } =
        new Dictionary<string, IReadOnlyList<ReadinessProblem>>();

    public IReadOnlyList<ReadinessProblem> ProblemsOf(ChannelResponse channel) =>
        Readiness.TryGetValue(channel.Type, out var found) ? found : [];

    /// <summary>Where a problem is fixed. The piece on this page is signed off, and a cover is content like the text:
    /// the fix first reopens it (its sign-off void, docs/wechat.md §16), then lands on the edit page where it is fixed.</summary>
    public string FixUrl(ReadinessProblem problem) =>
        $"/admin/review/submit/{Article.Id}?fix={(problem.Fix == ReadinessFix.Cover ? "cover" : "edit")}#reopen";

    public string? PublishAt { get; private set; }

    /// <summary>The form carries the 动态验证码 field.</summary>
    public bool StepUpDue { get; private set; }

    public string? StepUpError { get; private set; }

    public bool MayPublish => articles.Check(Article, ArticleOperation.Publish) is null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        // Configured, ready channels are ticked by default; a channel with problems is not (docs/wechat.md §16).
        Chosen = Channels.Where(c => c.IsEnabled && c.Type != ChannelTypes.Web && ProblemsOf(c).Count == 0).Select(c => c.Id).ToArray();
        return Page();
    }

    /// <summary>确认发布 is checked here, not only by the browser's <c>required</c> (docs/admin-ui.md §5): an unticked form
    /// publishes nothing and records nothing.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, Guid[]? channels, string? publishAt, string? stepUpCode, bool confirmed, CancellationToken ct)
    {
        Chosen = channels ?? [];
        PublishAt = publishAt;
        if (!confirmed) return await RefuseAsync(id, Unconfirmed, ct);
        DateTimeOffset? at = null;
        if (!string.IsNullOrWhiteSpace(publishAt))
        {
            if (!DateTime.TryParseExact(publishAt, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                return await RefuseAsync(id, StatusCodes.Status400BadRequest, ["定时时间格式不对。"], ct);
            at = new DateTimeOffset(local, ChinaTime.Offset);
            if (at < clock.GetUtcNow().AddMinutes(-1))
                return await RefuseAsync(id, StatusCodes.Status400BadRequest, ["定时时间已过；立即发布请留空。"], ct);
        }

        if (await stepUp.RefusalAsync(stepUpCode, ct) is { } refusal)
        {
            StepUpError = refusal;
            return await RefuseAsync(id, StatusCodes.Status422UnprocessableEntity, [], ct);
        }

        var outcome = await desk.PublishAsync(id, new PublishInput(Chosen, at), ct);
        switch (outcome.Kind)
        {
            case OutcomeKind.Done: return Redirect($"/admin/articles/{id}?done={(at is null ? "published" : "scheduled")}");
            case OutcomeKind.NotFound: return NotFound();
            default: return await RefuseAsync(id, outcome, ct);
        }
    }

    private Task<IActionResult> RefuseAsync(Guid id, Outcome outcome, CancellationToken ct)
    {
        Refused = outcome;
        return RefuseAsync(id, outcome.StatusCode(), [], ct);
    }

    private async Task<IActionResult> RefuseAsync(Guid id, int status, IReadOnlyList<string> errors, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Errors = errors;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await articles.FindAsync(id, ct) is not { ViewerMaySee: true } article) return false;
        Article = article;
        Channels = await channels.ListAsync(ct);
        if (MayPublish)
        {
            Readiness = await readiness.CheckAsync(id, article.Version, Channels.Where(c => c.IsEnabled).Select(c => c.Type), ct);
            StepUpDue = await stepUp.IsDueAsync(ct);
        }
        return true;
    }
}
