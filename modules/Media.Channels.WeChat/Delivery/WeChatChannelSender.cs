using System.Globalization;
using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Html;
using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// Delivers to one official account. Publishing is a chain of steps, each skipped when its result is in the progress
/// and each result saved before the next: check the fields, upload body images, upload the cover, draft/add,
/// freepublish/submit, then poll freepublish/get (or be woken by PUBLISHJOBFINISH) until the article has its link.
/// One call takes at most one wait: after submit it answers InProgress instead of polling straight away. A draft/add or
/// submit whose answer was lost is looked up at WeChat before it is repeated (docs/wechat.md §12.4).
/// </summary>
public sealed class WeChatChannelSender : IChannelSender
{
    private readonly IWeChatClient _client;
    private readonly WeChatHtmlConverter _converter;
    private readonly WeChatBodyImages _images;
    private readonly WeChatCover _cover;
    private readonly WeChatRetraction _retraction;
    private readonly ILogger<WeChatChannelSender> _logger;

    private readonly WeChatLostAnswers _lostAnswers;
    private readonly TimeProvider _time;

    private readonly TimeSpan _pollDelay;

    private const int SystemBusy = -1;

    internal WeChatChannelSender(IWeChatClient client, WeChatHtmlConverter converter, IMediaFiles media, TimeSpan pollDelay,
        TimeProvider time, ILogger<WeChatChannelSender> logger)
    {
        _pollDelay = pollDelay;
        _time = time;
        _lostAnswers = new WeChatLostAnswers(client, logger);
        _client = client;
        _converter = converter;
        _images = new WeChatBodyImages(client, media);
        _cover = new WeChatCover(client, media);
        _retraction = new WeChatRetraction(client, _lostAnswers, time, pollDelay);
        _logger = logger;
    }

    public string ChannelType => WeChatChannelSettings.ChannelType;

    /// <summary>WeChat cannot change an article once published (docs/wechat.md): a correction reaches the site and the
    /// app only, and this channel's delivery says so.</summary>
    public bool CarriesCorrections => false;

    public Task<DeliveryStep> PublishAsync(DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Article is { } article
            ? RunAsync(context, (run, ct) => PublishStepsAsync(run, article, ct), cancellationToken)
            : Task.FromResult(DeliveryStep.Failed("没有可发送到微信的稿件版本。"));
    }

    public Task<DeliveryStep> RetractAsync(DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RunAsync(context, _retraction.RetractAsync, cancellationToken);
    }

    private async Task<DeliveryStep> RunAsync(DeliveryContext context, Func<WeChatDeliveryRun, CancellationToken, Task<DeliveryStep>> steps,
        CancellationToken cancellationToken)
    {
        if (WeChatChannelSettings.ToAccount(context.Settings) is not { } account)
        {
            return DeliveryStep.Failed("微信渠道缺少 AppID，请管理员检查渠道设置。");
        }

        try
        {
            return await steps(new WeChatDeliveryRun(context, account, _logger), cancellationToken);
        }
        catch (WeChatApiException e)
        {
            Log.DeliveryStepFailed(_logger, context.DeliveryId, e.Endpoint, e.Kind, e.Errcode);
            return WeChatDeliverySteps.FromException(e);
        }
        catch (WeChatDeliveryRefusedException e)
        {
            Log.DeliveryRefused(_logger, context.DeliveryId, context.ArticleId);
            return DeliveryStep.Failed(e.EditorMessage);
        }
    }

    private async Task<DeliveryStep> PublishStepsAsync(WeChatDeliveryRun run, PublishedArticle article, CancellationToken cancellationToken)
    {
        if (run.Get(WeChatProgressKeys.ArticleId) is { } doneId)
        {
            return DeliveryStep.Done(doneId, run.Get(WeChatProgressKeys.ArticleUrl));
        }

        if (run.Get(WeChatProgressKeys.PublishId) is { } publishId)
        {
            var status = await _client.GetPublishStatusAsync(run.Account, publishId, cancellationToken);
            return await ConcludeAsync(run, status, cancellationToken);
        }

        var identity = WeChatDraftIdentity.Of(article, run.Context.PublicBaseUrl);
        var draftMediaId = run.Get(WeChatProgressKeys.DraftMediaId) ?? await AddDraftAsync(run, article, identity, cancellationToken);
        if (SentAt(run, WeChatProgressKeys.SubmitSentAt) is { } sentAt)
        {
            // A submit may have reached WeChat without its answer reaching us: ask before submitting again (docs/wechat.md §12.4).
            var lost = await _lostAnswers.FindSubmittedAsync(run, draftMediaId, identity, sentAt, cancellationToken);
            switch (lost.State)
            {
                case WeChatLostSubmitState.Published:
                    return await SucceededAsync(run, lost.ArticleId!, lost.ArticleUrl, cancellationToken);
                case WeChatLostSubmitState.NotListed:
                    return WeChatDeliverySteps.LostSubmitPending(_time.GetUtcNow() - sentAt, _pollDelay);
            }
        }

        return await SubmitAsync(run, draftMediaId, cancellationToken);
    }

    /// <summary>Step (e): the "may have been sent" time is saved before the call; WeChat's refusal clears it.</summary>
    private async Task<DeliveryStep> SubmitAsync(WeChatDeliveryRun run, string draftMediaId, CancellationToken cancellationToken)
    {
        await run.SaveAsync(WeChatProgressKeys.SubmitSentAt, Now(), cancellationToken);
        WeChatPublishSubmission submission;
        try
        {
            submission = await _client.SubmitPublishAsync(run.Account, draftMediaId, cancellationToken);
        }
        catch (WeChatApiException e) when (IsRefusal(e))
        {
            await run.SaveAsync(WeChatProgressKeys.SubmitSentAt, "", cancellationToken);
            if (e.Kind == WeChatErrorKind.Permanent)
            {
                // The delivery fails: the draft it made is of no use to anyone (docs/wechat.md §12.4).
                await DiscardDraftAsync(run, draftMediaId, cancellationToken);
            }

            throw;
        }

        await run.SaveAsync(WeChatProgressKeys.PublishId, submission.PublishId, cancellationToken);
        return WeChatDeliverySteps.Publishing(_pollDelay);
    }

    /// <summary>Steps (a)–(d): everything checked before the first upload, then images, cover, and the draft.</summary>
    private async Task<string> AddDraftAsync(WeChatDeliveryRun run, PublishedArticle article, WeChatDraftIdentity identity,
        CancellationToken cancellationToken)
    {
        if (SentAt(run, WeChatProgressKeys.DraftAddSentAt) is { } sentAt
            && await _lostAnswers.FindAddedDraftAsync(run, identity, sentAt, cancellationToken) is { } found)
        {
            await run.SaveAsync(WeChatProgressKeys.DraftMediaId, found, cancellationToken);
            return found;
        }

        var baseUrl = run.Context.PublicBaseUrl;
        var firstPass = _converter.Convert(article.BodyHtml, run.UploadedImages());
        WeChatDraftComposer.Check(WeChatDraftComposer.Compose(article, baseUrl, firstPass.Content, "pending"), !firstPass.IsComplete);
        WeChatCover.RequirePresent(article);

        var uploaded = firstPass.IsComplete ? run.UploadedImages() : await _images.UploadAsync(run, firstPass.ImagesToUpload, cancellationToken);
        var thumbMediaId = await _cover.UploadAsync(run, article, cancellationToken);
        var content = _converter.Convert(article.BodyHtml, uploaded);
        var draft = WeChatDraftComposer.Compose(article, baseUrl, content.Content, thumbMediaId);
        WeChatDraftComposer.Check(draft, imagesPending: false);

        await run.SaveAsync(WeChatProgressKeys.DraftIdentity, identity.ToProgress(), cancellationToken);
        await run.SaveAsync(WeChatProgressKeys.DraftAddSentAt, Now(), cancellationToken);
        WeChatDraft added;
        try
        {
            added = await _client.AddDraftAsync(run.Account, [draft], cancellationToken);
        }
        catch (WeChatApiException e) when (IsRefusal(e))
        {
            await run.SaveAsync(WeChatProgressKeys.DraftAddSentAt, "", cancellationToken);
            throw;
        }

        // Saved before anything else happens: a second draft/add would put a second copy in the draft box.
        await run.SaveAsync(WeChatProgressKeys.DraftMediaId, added.MediaId, cancellationToken);
        return added.MediaId;
    }

    /// <summary>Step (f): publishing → wait; success → the article's id and link, saved; anything else → why.</summary>
    private async Task<DeliveryStep> ConcludeAsync(WeChatDeliveryRun run, WeChatPublishStatus status, CancellationToken cancellationToken)
    {
        if (status.State == WeChatPublishState.Publishing)
        {
            return WeChatDeliverySteps.Publishing(_pollDelay);
        }

        if (status.State != WeChatPublishState.Succeeded)
        {
            if (status.IsFailure && run.Get(WeChatProgressKeys.DraftMediaId) is { } draftMediaId)
            {
                // Whether WeChat keeps a draft whose publish failed is unverified (docs/wechat.md §5.2): ask it to go.
                await DiscardDraftAsync(run, draftMediaId, cancellationToken);
            }

            return WeChatDeliverySteps.FromFailedState(status);
        }

        if (status.ArticleId is not { Length: > 0 } articleId)
        {
            return DeliveryStep.Retry("微信返回的发布结果不完整，稍后会自动重试");
        }

        var url = (status.Articles.FirstOrDefault(a => a.Index == 1) ?? status.Articles.FirstOrDefault())?.Url;
        return await SucceededAsync(run, articleId, url, cancellationToken);
    }

    private async Task<DeliveryStep> SucceededAsync(WeChatDeliveryRun run, string articleId, string? url, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(url))
        {
            await run.SaveAsync(WeChatProgressKeys.ArticleUrl, url, cancellationToken);
        }

        await run.SaveAsync(WeChatProgressKeys.ArticleId, articleId, cancellationToken);
        return DeliveryStep.Done(articleId, string.IsNullOrEmpty(url) ? null : url);
    }

    private async Task DiscardDraftAsync(WeChatDeliveryRun run, string draftMediaId, CancellationToken cancellationToken)
    {
        await _lostAnswers.DeleteDraftAsync(run, draftMediaId, cancellationToken);
        await run.SaveAsync(WeChatProgressKeys.DraftMediaId, "", cancellationToken);
    }

    /// <summary>WeChat answered with an errcode, so it refused the call and did nothing. -1 (busy) is not taken as proof.</summary>
    private static bool IsRefusal(WeChatApiException e) => e.Errcode is { } code && code != SystemBusy;

    private static DateTimeOffset? SentAt(WeChatDeliveryRun run, string key) =>
        run.Get(key) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
