using System.Globalization;
using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Abstractions.Time;
using Media.Channels.WeChat.Delivery;
using Media.Channels.WeChat.Pushes.Allowance;
using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Preview;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Channels.WeChat.Pushes.Sending;
using Media.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Pages.Admin.Pushes;

/// <summary>
/// 今日推送 (docs/admin-ui.md §12): today's pushes of every WeChat account with their status, the allowance, and the forms
/// that compose, reorder, preview on a phone, sign off and send — each a desk command, so the page refuses exactly what
/// the API refuses and only turns the answer into words. Every form works without script.
/// </summary>
[Authorize(Policy = nameof(WeChatPushesPermissions.ViewPushes))]
public sealed class IndexModel(MediaDbContext db, IChannelDirectory channels, IArticleLifecycle articles, IArticleVersionReader versions,
    IMediaFiles media, ArticlePhotos photos, AllowanceLedger ledger, PushDesk desk, PushOrderDesk order, PushPreviewDesk previews, PushSendDesk sender,
    IPermissionService permissions, ICurrentUser user, IUserDirectory users, IStepUpGate stepUp, TimeProvider clock) : PageModel
{
    private const int Choices = 40;

    private readonly Dictionary<Guid, string> _names = [];

    public IReadOnlyList<AccountSection> Accounts { get; private set; } = [];

    public IReadOnlyList<ComposeChoice> Signed { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>What a desk refused, shown with <c>_Refusal</c>.</summary>
    public Outcome? Refused { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public bool MayCompose => Has(WeChatPushesPermissions.ComposePushes);

    public bool StepUpDue { get; private set; }

    public string? StepUpError { get; private set; }

    /// <summary>The push whose form the step-up error belongs to.</summary>
    public Guid? StepUpFor { get; private set; }

    /// <summary>Whether a push is still on its way, so the page's script refreshes it.</summary>
    public bool AnyOpen => Accounts.SelectMany(a => a.Pushes).Any(p => p.Push.Status is PushStatuses.Sending or PushStatuses.AwaitingConfirmation);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostComposeAsync(Guid channelId, string? mode, string? target, long? tagId, string? sendAt,
        List<Guid>? articleIds, CancellationToken ct)
    {
        if (!MayCompose) return Forbid();
        DateTimeOffset? at = null;
        if (!string.IsNullOrWhiteSpace(sendAt))
        {
            if (!DateTime.TryParseExact(sendAt, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                return await RefuseAsync(StatusCodes.Status400BadRequest, "发送时间格式不对。", ct);
            at = ChinaTime.FromBeijing(local).ToUniversalTime();
        }

        var pushTarget = mode == PushModes.MassSend ? (target == "tag" ? new PushTarget(null, tagId ?? -1) : PushTarget.All) : null;
        var (outcome, _) = await desk.CreateAsync(new PushInput(channelId, mode, articleIds ?? [], pushTarget, at), ct);
        return outcome.Succeeded ? Done("推送已创建，等待签发。") : await RefuseAsync(outcome, "推送没有创建", ct);
    }

    /// <summary>上移/下移 (one step) or, from the drag-and-drop script, the whole new order.</summary>
    public async Task<IActionResult> OnPostMoveAsync(Guid id, Guid? articleId, int step, List<Guid>? orderIds, CancellationToken ct)
    {
        if (!MayCompose) return Forbid();
        var current = await db.Set<PushArticle>().AsNoTracking().Where(a => a.PushId == id).OrderBy(a => a.Position).Select(a => a.ArticleId).ToListAsync(ct);
        var wanted = orderIds is { Count: > 0 } ? orderIds : Moved(current, articleId, step);
        var outcome = await order.ReorderAsync(id, wanted, ct);
        return outcome.Succeeded ? Done("顺序已调整。") : await RefuseAsync(outcome, "顺序没有调整", ct);
    }

    /// <summary>换封面: one article's cover in a draft push, the others keeping theirs.</summary>
    public async Task<IActionResult> OnPostCoverAsync(Guid id, Guid articleId, Guid? coverMediaId, CancellationToken ct)
    {
        if (!MayCompose) return Forbid();
        if (coverMediaId is not { } chosen) return await RefuseAsync(StatusCodes.Status400BadRequest, "封面没有更换：请选择一张图片。", ct);
        var rows = await db.Set<PushArticle>().AsNoTracking().Where(a => a.PushId == id).OrderBy(a => a.Position).ToListAsync(ct);
        var covers = rows.Where(r => r.CoverMediaId is not null).ToDictionary(r => r.ArticleId, r => r.CoverMediaId!.Value);
        covers[articleId] = chosen;
        var (outcome, _) = await order.EditAsync(id, rows.Select(r => r.ArticleId).ToList(), covers, ct);
        return outcome.Succeeded ? Done("封面已更换。") : await RefuseAsync(outcome, "封面没有更换", ct);
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, string? wxName, CancellationToken ct)
    {
        if (!MayCompose) return Forbid();
        var result = await previews.PreviewAsync(id, wxName, ct);
        if (result.WeChatError is { } error) return await RefuseAsync(StatusCodes.Status502BadGateway, $"预览没有发出：{error}", ct);
        return result.Outcome.Succeeded ? Done($"预览已发送到微信号 {wxName}，请在手机上查看。") : await RefuseAsync(result.Outcome, "预览没有发出", ct);
    }

    public async Task<IActionResult> OnPostSignOffAsync(Guid id, string? contentHash, string? stepUpCode, CancellationToken ct)
    {
        if (!Has(WeChatPushesPermissions.SignOffPushes)) return Forbid();
        if (await stepUp.RefusalAsync(stepUpCode, ct) is { } refusal) return await StepUpRefusedAsync(id, refusal, ct);
        var (outcome, _) = await desk.SignOffAsync(id, contentHash, ct);
        return outcome.Succeeded ? Done("推送已签发。") : await RefuseAsync(outcome, "推送没有签发", ct);
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, string? stepUpCode, CancellationToken ct)
    {
        if (!Has(WeChatPushesPermissions.SendPushes)) return Forbid();
        if (await stepUp.RefusalAsync(stepUpCode, ct) is { } refusal) return await StepUpRefusedAsync(id, refusal, ct);
        var result = await sender.SendAsync(id, ct);
        if (result.Refused is { } allowance)
            return await RefuseAsync(StatusCodes.Status409Conflict,
                $"本公众号的群发次数已用完，{ChinaTime.Long(allowance.ResetsAt)}（北京时间）恢复。推送没有发出。", ct);
        return result.Outcome.Succeeded ? Done("推送已开始发送。") : await RefuseAsync(result.Outcome, "推送没有发出", ct);
    }

    private static List<Guid> Moved(List<Guid> current, Guid? articleId, int step)
    {
        var from = articleId is { } a ? current.IndexOf(a) : -1;
        var to = from + Math.Sign(step);
        if (from < 0 || to < 0 || to >= current.Count) return current;
        (current[from], current[to]) = (current[to], current[from]);
        return current;
    }

    private bool Has(Abstractions.Security.Permission permission) => permissions.Has(User, permission);

    private RedirectResult Done(string notice)
    {
        Notice = notice;
        return Redirect("/admin/pushes");
    }

    private async Task<IActionResult> StepUpRefusedAsync(Guid id, string refusal, CancellationToken ct)
    {
        StepUpError = refusal;
        StepUpFor = id;
        return await RefuseAsync(StatusCodes.Status422UnprocessableEntity, null, ct);
    }

    /// <summary>The desk's refusal in the newsroom's words (<c>_Refusal</c>, docs/admin-ui.md §13), after what did not happen.</summary>
    private async Task<IActionResult> RefuseAsync(Outcome outcome, string what, CancellationToken ct)
    {
        var words = outcome.Message ?? (outcome.Kind == OutcomeKind.Invalid ? "请检查填写的内容（1 至 8 篇稿件，群发对象）。" : outcome.ForPeople());
        Refused = outcome.Says($"{what}：{words}");
        return await RefuseAsync(outcome.StatusCode(), null, ct);
    }

    private async Task<IActionResult> RefuseAsync(int status, string? error, CancellationToken ct)
    {
        await LoadAsync(ct);
        Errors = error is null ? [] : [error];
        Response.StatusCode = status;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.StartOfDay(now).ToUniversalTime();
        var mayCompose = MayCompose;
        var maySignOff = Has(WeChatPushesPermissions.SignOffPushes);
        var maySend = Has(WeChatPushesPermissions.SendPushes);
        StepUpDue = (maySignOff || maySend) && await stepUp.IsDueAsync(ct);
        var covers = new Dictionary<Guid, string?>();
        var sections = new List<AccountSection>();
        foreach (var channel in await channels.EnabledOfTypeAsync(WeChatChannelSettings.ChannelType, ct))
        {
            var accountType = WeChatChannelSettings.AccountType(channel.Settings);
            var allowance = await ledger.ForChannelAsync(channel.Id, accountType, ct);
            // Today's, and any older one still waiting or on its way.
            var pushes = await db.Set<Push>().AsNoTracking()
                .Where(p => p.ChannelId == channel.Id && (p.CreatedAt >= today || p.SentAt >= today
                    || p.Status == PushStatuses.Draft || p.Status == PushStatuses.SignedOff || p.Status == PushStatuses.Sending
                    || p.Status == PushStatuses.AwaitingConfirmation))
                .OrderByDescending(p => p.CreatedAt).Take(50).ToListAsync(ct);
            var cards = new List<PushCard>();
            foreach (var push in pushes)
            {
                var mayChoose = mayCompose && push.Status == PushStatuses.Draft;
                var listed = new List<PushCardArticle>();
                foreach (var a in push.Articles.OrderBy(a => a.Position))
                {
                    var source = await versions.FindAsync(a.ArticleId, a.Version, ct);
                    IReadOnlyList<CoverChoice> choices = mayChoose && source is not null ? await ChoicesAsync(source, ct) : [];
                    listed.Add(new PushCardArticle(a.ArticleId, a.Title, await ThumbAsync(a.CoverMediaId ?? source?.CoverMediaId, covers, ct),
                        a.CoverMediaId ?? source?.CoverMediaId, choices));
                }
                var open = push.Status is PushStatuses.Draft or PushStatuses.SignedOff;
                cards.Add(new PushCard(push, listed, await CreatorAsync(push.CreatedBy, ct),
                    MayReorder: mayCompose && push.Status == PushStatuses.Draft && listed.Count > 1,
                    MayPreview: mayCompose && open,
                    MaySignOff: maySignOff && push.Status == PushStatuses.Draft && push.CreatedBy != user.Id,
                    MaySend: maySend && push.Status == PushStatuses.SignedOff, MayChooseCovers: mayChoose));
            }

            sections.Add(new AccountSection(channel.Id, channel.Name, accountType, allowance.MassSendsLeft, allowance.ResetsAt,
                WeChatChannelSettings.PreviewWxNames(channel.Settings), cards));
        }

        Accounts = sections;
        if (mayCompose)
        {
            var signed = new List<ComposeChoice>();
            foreach (var a in await articles.SignedOffAsync(Choices, ct))
                signed.Add(new ComposeChoice(a.Id, a.Title, a.Status, a.UpdatedAt, await CoverAsync(a.Id, a.Version, covers, ct)));
            Signed = signed;
        }
    }

    private async Task<string?> CoverAsync(Guid articleId, int version, Dictionary<Guid, string?> known, CancellationToken ct) =>
        await versions.FindAsync(articleId, version, ct) is { CoverMediaId: { } cover } ? await ThumbAsync(cover, known, ct) : null;

    /// <summary>The article's photos with their thumbnails, when there is more than one to choose from.</summary>
    private async Task<IReadOnlyList<CoverChoice>> ChoicesAsync(ArticlePreviewSource source, CancellationToken ct)
    {
        var ids = await photos.OfAsync(source, ct);
        if (ids.Count < 2) return [];
        var urls = await media.VariantUrlsAsync(ids, ct);
        return ids.Select(id => new CoverChoice(id, urls.GetValueOrDefault(id)?.GetValueOrDefault("thumb"))).ToList();
    }

    private async Task<string?> ThumbAsync(Guid? mediaId, Dictionary<Guid, string?> known, CancellationToken ct)
    {
        if (mediaId is not { } cover) return null;
        if (known.TryGetValue(cover, out var url)) return url;
        var urls = await media.VariantUrlsAsync(cover, ct);
        return known[cover] = urls?.GetValueOrDefault("thumb") ?? urls?.Values.FirstOrDefault();
    }

    private async Task<string> CreatorAsync(Guid id, CancellationToken ct)
    {
        if (_names.TryGetValue(id, out var name)) return name;
        return _names[id] = (await users.FindAsync(id, ct))?.DisplayName ?? "";
    }
}
