using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Pushes.Sending;

/// <summary>
/// A push's draft/add or freepublish/submit whose answer never arrived is looked up at WeChat before anything is repeated
/// (docs/wechat.md §12.4, §15.6). WeChat's lists carry no id of ours: a draft or publication is the push's when its
/// articles carry the push's titles in the push's order and it changed after the call went out (less some clock slack).
/// </summary>
public sealed class PushLostAnswers(IWeChatClient client)
{
    public static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(2);

    private const int PageSize = 20;
    private const int MaxPages = 5;

    /// <summary>The newest matching draft's media_id, or null.</summary>
    public async Task<string?> FindDraftAsync(WeChatAccount account, IReadOnlyList<string> titles, DateTimeOffset sentAt, CancellationToken ct) =>
        (await FindAsync((offset, c) => client.ListDraftsAsync(account, offset, PageSize, c), titles, sentAt, ct))?.Id;

    /// <summary>The newest matching publication (its article_id and each article's link), or null.</summary>
    public Task<WeChatListedItem?> FindPublicationAsync(WeChatAccount account, IReadOnlyList<string> titles, DateTimeOffset sentAt,
        CancellationToken ct) =>
        FindAsync((offset, c) => client.ListPublishedAsync(account, offset, PageSize, c), titles, sentAt, ct);

    private static async Task<WeChatListedItem?> FindAsync(Func<int, CancellationToken, Task<WeChatListPage>> list,
        IReadOnlyList<string> titles, DateTimeOffset sentAt, CancellationToken ct)
    {
        var from = sentAt - ClockSlack;
        var found = new List<WeChatListedItem>();
        for (var page = 0; page < MaxPages; page++)
        {
            var items = await list(page * PageSize, ct);
            found.AddRange(items.Items.Where(i => i.UpdatedAt >= from && i.Articles.Select(a => a.Title).SequenceEqual(titles)));
            // Newest first (docs/wechat.md §6.4): an older item ends the search.
            if (items.Items.Count < PageSize || items.Items.Any(i => i.UpdatedAt < from) || (page + 1) * PageSize >= items.TotalCount) break;
        }

        return found.OrderByDescending(i => i.UpdatedAt).FirstOrDefault();
    }
}
