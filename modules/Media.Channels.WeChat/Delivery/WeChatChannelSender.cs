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
/// One call takes at most one wait: after submit it answers InProgress instead of polling straight away.
/// </summary>
public sealed class WeChatChannelSender : IChannelSender
{
    private readonly IWeChatClient _client;
    private readonly WeChatHtmlConverter _converter;
    private readonly WeChatBodyImages _images;
    private readonly WeChatCover _cover;
    private readonly WeChatRetraction _retraction;
    private readonly ILogger<WeChatChannelSender> _logger;

    private readonly TimeSpan _pollDelay;

    internal WeChatChannelSender(IWeChatClient client, WeChatHtmlConverter converter, IMediaFiles media, TimeSpan pollDelay,
        ILogger<WeChatChannelSender> logger)
    {
        _pollDelay = pollDelay;
        _client = client;
        _converter = converter;
        _images = new WeChatBodyImages(client, media);
        _cover = new WeChatCover(client, media);
        _retraction = new WeChatRetraction(client, pollDelay);
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

        var draftMediaId = run.Get(WeChatProgressKeys.DraftMediaId) ?? await AddDraftAsync(run, article, cancellationToken);
        var submission = await _client.SubmitPublishAsync(run.Account, draftMediaId, cancellationToken);
        await run.SaveAsync(WeChatProgressKeys.PublishId, submission.PublishId, cancellationToken);
        return WeChatDeliverySteps.Publishing(_pollDelay);
    }

    /// <summary>Steps (a)–(d): everything checked before the first upload, then images, cover, and the draft.</summary>
    private async Task<string> AddDraftAsync(WeChatDeliveryRun run, PublishedArticle article, CancellationToken cancellationToken)
    {
        var baseUrl = run.Context.PublicBaseUrl;
        var firstPass = _converter.Convert(article.BodyHtml, run.UploadedImages());
        WeChatDraftComposer.Check(WeChatDraftComposer.Compose(article, baseUrl, firstPass.Content, "pending"), !firstPass.IsComplete);
        WeChatCover.RequirePresent(article);

        var uploaded = firstPass.IsComplete ? run.UploadedImages() : await _images.UploadAsync(run, firstPass.ImagesToUpload, cancellationToken);
        var thumbMediaId = await _cover.UploadAsync(run, article, cancellationToken);
        var content = _converter.Convert(article.BodyHtml, uploaded);
        var draft = WeChatDraftComposer.Compose(article, baseUrl, content.Content, thumbMediaId);
        WeChatDraftComposer.Check(draft, imagesPending: false);

        var added = await _client.AddDraftAsync(run.Account, [draft], cancellationToken);
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
            return WeChatDeliverySteps.FromFailedState(status);
        }

        if (status.ArticleId is not { Length: > 0 } articleId)
        {
            return DeliveryStep.Retry("微信返回的发布结果不完整，稍后会自动重试");
        }

        var url = (status.Articles.FirstOrDefault(a => a.Index == 1) ?? status.Articles.FirstOrDefault())?.Url;
        if (!string.IsNullOrEmpty(url))
        {
            await run.SaveAsync(WeChatProgressKeys.ArticleUrl, url, cancellationToken);
        }

        await run.SaveAsync(WeChatProgressKeys.ArticleId, articleId, cancellationToken);
        return DeliveryStep.Done(articleId, string.IsNullOrEmpty(url) ? null : url);
    }
}
