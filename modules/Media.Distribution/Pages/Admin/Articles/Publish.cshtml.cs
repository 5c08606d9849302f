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

    public async Task<IActionResult> OnPostAsync(Guid id, Guid[]? channels, string? publishAt, string? stepUpCode, CancellationToken ct)
    {
        Chosen = channels ?? [];
        PublishAt = publishAt;
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
            case OutcomeKind.Unprocessable when outcome.Errors?.Keys.Any(k => k.StartsWith("channels.", StringComparison.Ordinal)) == true:
                return await RefuseAsync(id, StatusCodes.Status422UnprocessableEntity,
                    ["所选渠道的要求未满足，未发布；请按下方提示修改后再发布。"], ct);
            case OutcomeKind.Unprocessable:
                return await RefuseAsync(id, StatusCodes.Status422UnprocessableEntity,
                    ["渠道无效或已停用，未发布。", .. (outcome.Errors ?? new Dictionary<string, string[]>()).SelectMany(e => e.Value)], ct);
            default:
                return await RefuseAsync(id, outcome.StatusCode(), [await ConflictTextAsync(id, ct), outcome.Detail], ct);
        }
    }

    /// <summary>A conflict is either "not approved (any more)" or, on an approved piece, the sign-off guard.</summary>
    private async Task<string> ConflictTextAsync(Guid id, CancellationToken ct) =>
        (await articles.FindAsync(id, ct))?.Status is EditorialStatus.Approved
            ? "签发后稿件内容已变，与签发版本不符，不能发布；请重新送审。"
            : "稿件不是已签发状态，不能发布（可能已被他人发布或撤回）。";

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
