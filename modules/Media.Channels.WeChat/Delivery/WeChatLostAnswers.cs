using Media.Channels.WeChat.Api;
using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// Finds out what became of a call whose answer never arrived (a timeout, a dropped connection, a process killed after
/// sending) before anything is repeated (docs/wechat.md §12.4). draft/add and freepublish/submit are not idempotent:
/// a blind repeat makes a second draft, or answers 40007 for a draft WeChat has already consumed by publishing it.
/// </summary>
internal sealed class WeChatLostAnswers(IWeChatClient client, ILogger logger)
{
    /// <summary>WeChat's clock and ours may differ: a listed item counts if WeChat changed it at most this long before
    /// we sent the call.</summary>
    public static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(2);

    private const int PageSize = 20;

    // Five pages of 20 cover a busy account's day; each page is one call against a 100-a-day (freepublish) quota.
    private const int MaxPages = 5;

    private const int InvalidMediaId = 40007;

    /// <summary>draft/add's answer was lost: the newest draft of this article made since, adopted; any older ones of the
    /// same kind (earlier lost answers) deleted. Null when there is none, and a new draft/add is due.</summary>
    public async Task<string?> FindAddedDraftAsync(WeChatDeliveryRun run, WeChatDraftIdentity identity, DateTimeOffset sentAt,
        CancellationToken cancellationToken)
    {
        var drafts = await FindAsync((offset, ct) => client.ListDraftsAsync(run.Account, offset, PageSize, ct), identity, sentAt,
            cancellationToken);
        foreach (var orphan in drafts.Skip(1))
        {
            await DeleteDraftAsync(run, orphan.Id, cancellationToken);
        }

        Log.LostAnswerResolved(logger, run.Context.DeliveryId, "draft/add", drafts.Count > 0 ? "draft found and kept" : "no draft made");
        return drafts.FirstOrDefault()?.Id;
    }

    /// <summary>freepublish/submit's answer was lost: is the draft still there (submit again), or consumed, and then is
    /// the publication listed by freepublish/batchget?</summary>
    public async Task<WeChatLostSubmit> FindSubmittedAsync(WeChatDeliveryRun run, string draftMediaId, WeChatDraftIdentity identity,
        DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        if (await client.DraftExistsAsync(run.Account, draftMediaId, cancellationToken))
        {
            Log.LostAnswerResolved(logger, run.Context.DeliveryId, "freepublish/submit", "draft still in the draft box");
            return new WeChatLostSubmit(WeChatLostSubmitState.DraftStillThere);
        }

        var published = await FindAsync((offset, ct) => client.ListPublishedAsync(run.Account, offset, PageSize, ct), identity,
            sentAt, cancellationToken);
        Log.LostAnswerResolved(logger, run.Context.DeliveryId, "freepublish/submit",
            published.Count > 0 ? "draft consumed, publication found" : "draft consumed, no publication listed yet");
        return published.FirstOrDefault() is { } item
            ? new WeChatLostSubmit(WeChatLostSubmitState.Published, item.Id, item.Articles[0].Url)
            : new WeChatLostSubmit(WeChatLostSubmitState.NotListed);
    }

    /// <summary>draft/delete of a draft we know and no longer need; one already gone (40007, e.g. consumed by a publish)
    /// counts as deleted. Any other refusal leaves the draft where it is, in the log.</summary>
    public async Task DeleteDraftAsync(WeChatDeliveryRun run, string draftMediaId, CancellationToken cancellationToken)
    {
        try
        {
            await client.DeleteDraftAsync(run.Account, draftMediaId, cancellationToken);
        }
        catch (WeChatApiException e) when (e.Errcode == InvalidMediaId)
        {
        }
        catch (WeChatApiException e)
        {
            Log.DraftLeft(logger, run.Context.DeliveryId, e.Errcode);
        }
    }

    /// <summary>Our items changed since <paramref name="sentAt"/> (less the slack), newest first. The lists are read
    /// newest first, which is what the sandbox does and unverified for WeChat (docs/wechat.md §6.4): an older item
    /// ends the search.</summary>
    private static async Task<List<WeChatListedItem>> FindAsync(Func<int, CancellationToken, Task<WeChatListPage>> list,
        WeChatDraftIdentity identity, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        var from = sentAt - ClockSlack;
        var found = new List<WeChatListedItem>();
        for (var page = 0; page < MaxPages; page++)
        {
            var items = await list(page * PageSize, cancellationToken);
            found.AddRange(items.Items.Where(i => i.UpdatedAt >= from && identity.Matches(i)));
            if (items.Items.Count < PageSize || items.Items.Any(i => i.UpdatedAt < from) || (page + 1) * PageSize >= items.TotalCount)
            {
                break;
            }
        }

        return found.OrderByDescending(i => i.UpdatedAt).ToList();
    }
}
